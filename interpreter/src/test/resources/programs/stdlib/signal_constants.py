# signal: the Signals/Handlers enums, numbers, descriptions and argument errors
import signal
print(signal.Signals(6).name, signal.Signals(29).name, signal.NSIG, signal.strsignal(2), signal.strsignal(15), signal.strsignal(10), len(signal.valid_signals()), list(signal.Signals)[:3], len(list(signal.Signals)))
print([s.name for s in signal.Signals])
print([signal.strsignal(i) for i in range(1, 32)])
print(repr(signal.SIGINT), repr(signal.SIG_DFL), str(signal.SIGTERM), signal.SIGIOT is signal.SIGABRT, int(signal.SIGPOLL))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
for a in [(0, signal.SIG_DFL), (99, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGINT, 5)]:
    try: signal.signal(*a)
    except Exception as e: print(type(e).__name__, e)
try: signal.raise_signal(99)
except Exception as e: print(type(e).__name__, e)
print(type(signal.SIG_IGN), signal.SIG_IGN == 1, signal.Handlers, signal.Sigmasks)
try: signal.default_int_handler(2, None)
except KeyboardInterrupt as e: print('KI', repr(e))
print(sorted(signal.valid_signals())[-3:], repr(signal.SIGRTMIN), signal.SIGRTMAX)
