"""Register functions to be called at interpreter exit (Taipan's own implementation).

The runtime calls _run_exitfuncs() when the interpreter finalizes."""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using atexit.register."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _ncallbacks():
    return len(_exithandlers)


def _clear():
    del _exithandlers[:]


def _run_exitfuncs():
    """Run the registered handlers last in, first out, reporting exceptions like CPython."""
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            import traceback
            traceback.print_exception(exc, file=sys.stderr)
