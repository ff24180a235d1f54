"""Control-C handling for test runs (`-c`): the first Control-C asks every registered result
to stop after the current test; a second one interrupts as usual."""

import functools
import signal
import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def _ignore(signum, frame):
    return None


def _as_callable(handler):
    """A SIGINT handler as getsignal() reports it, turned into something to call."""
    if not isinstance(handler, int):
        return handler
    if handler == signal.SIG_IGN:
        return _ignore
    if handler == signal.SIG_DFL:
        return signal.default_int_handler
    raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                    "signal.SIG_DFL, or a callable object")


class _InterruptHandler(object):
    """The SIGINT handler of installHandler: stops the registered results the first time,
    then behaves like the handler it replaced."""

    def __init__(self, default_handler):
        self.original_handler = default_handler
        self.default_handler = _as_callable(default_handler)
        self.called = False

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            # replaced since, or a second Control-C: the usual behaviour
            self.default_handler(signum, frame)
        self.called = True
        for running in list(_results):
            running.stop()


def registerResult(result):
    """Makes result stop on Control-C (when the handler is installed)."""
    _results[result] = 1


def removeResult(result):
    """Forgets result; True if it was registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Installs the Control-C handler (once)."""
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restores the SIGINT handler (or, used as a decorator, does so during the call)."""
    if method is None:
        if _interrupt_handler is not None:
            signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
        return None

    @functools.wraps(method)
    def without_handler(*args, **kwargs):
        current = signal.getsignal(signal.SIGINT)
        removeHandler()
        try:
            return method(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, current)
    return without_handler
