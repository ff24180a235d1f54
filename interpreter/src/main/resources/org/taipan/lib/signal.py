"""Signal handlers: Taipan's own signal module.

The table of handlers is kept here.  raise_signal() delivers a signal to its Python handler
synchronously (SIGINT's default handler raises KeyboardInterrupt); signals sent from outside
the process are not routed to Python handlers on the JVM, so signal() only records them.
"""

import sys as _sys
from enum import IntEnum as _IntEnum

_NUMBERS = [('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
            ('SIGABRT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10),
            ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14),
            ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCONT', 18),
            ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23),
            ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27),
            ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34),
            ('SIGRTMAX', 64)]
_ALIASES = [('SIGIOT', 6), ('SIGPOLL', 29)]

_DESCRIPTIONS = ['Hangup', 'Interrupt', 'Quit', 'Illegal instruction', 'Trace/breakpoint trap',
                 'Aborted', 'Bus error', 'Floating point exception', 'Killed',
                 'User defined signal 1', 'Segmentation fault', 'User defined signal 2',
                 'Broken pipe', 'Alarm clock', 'Terminated', 'Stack fault', 'Child exited',
                 'Continued', 'Stopped (signal)', 'Stopped', 'Stopped (tty input)',
                 'Stopped (tty output)', 'Urgent I/O condition', 'CPU time limit exceeded',
                 'File size limit exceeded', 'Virtual timer expired', 'Profiling timer expired',
                 'Window changed', 'I/O possible', 'Power failure', 'Bad system call']

NSIG = 65

Signals = _IntEnum('Signals', _NUMBERS + _ALIASES, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default handler of SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {}


def _check_number(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def _as_signal(signalnum):
    try:
        return Signals(signalnum)
    except ValueError:
        return signalnum


def getsignal(signalnum, /):
    signalnum = _check_number(signalnum)
    if signalnum in _handlers:
        return _handlers[signalnum]
    if signalnum == SIGINT:
        return default_int_handler
    if signalnum in (SIGPIPE, SIGXFSZ):
        return Handlers.SIG_IGN
    return Handlers.SIG_DFL


def signal(signalnum, handler, /):
    signalnum = _check_number(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    if signalnum in (SIGKILL, SIGSTOP) or 32 <= signalnum < SIGRTMIN:
        raise OSError(22, 'Invalid argument')
    old = getsignal(signalnum)
    if isinstance(handler, int) and not isinstance(handler, Handlers):
        handler = Handlers(handler)
    _handlers[signalnum] = handler
    return old


def raise_signal(signalnum, /):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG or 32 <= signalnum < SIGRTMIN:
        raise OSError(22, 'Invalid argument')
    handler = getsignal(signalnum)
    if handler == SIG_IGN:
        return
    if handler == SIG_DFL:
        if signalnum in (SIGCHLD, SIGURG, SIGWINCH, SIGCONT):
            return
        # the default action ends the process; the shell sees 128 + the signal number
        _sys.stdout.flush()
        _sys.stderr.flush()
        import os
        os._exit(128 + signalnum)
    handler(signalnum, _sys._getframe(1))


def strsignal(signalnum, /):
    signalnum = _check_number(signalnum)
    if signalnum <= len(_DESCRIPTIONS):
        return _DESCRIPTIONS[signalnum - 1]
    if SIGRTMIN <= signalnum <= SIGRTMAX:
        return 'Real-time signal %d' % (signalnum - SIGRTMIN)
    return None


def valid_signals():
    return {_as_signal(n) for n in range(1, NSIG) if not 32 <= n < SIGRTMIN}


def alarm(seconds, /):
    return 0


def pause():
    raise NotImplementedError('signal.pause() is not available on Taipan')


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _check_number(signalnum)


def pthread_sigmask(how, mask, /):
    return set()
