# signal: installing handlers, getsignal, raise_signal delivering to Python handlers
import signal
try: signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt: print('KeyboardInterrupt from raise_signal')
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
def sender(): signal.raise_signal(signal.SIGUSR1)
sender()
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.getsignal(signal.SIGUSR1)), len(got))
signal.signal(signal.SIGINT, lambda n, f: print('custom SIGINT handler', n))
signal.raise_signal(signal.SIGINT)
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler))[:10])
print(signal.strsignal(signal.SIGRTMIN + 2), signal.Signals.SIGINT in signal.valid_signals())
