# _run_exitfuncs and _clear; handlers registered while exiting
import atexit


def later():
    print('registered during exit: runs too?')


def registering():
    print('registering another handler')
    atexit.register(later)


atexit.register(print, 'manual run')
atexit._run_exitfuncs()
print('after manual run:', atexit._ncallbacks())
atexit.register(print, 'cleared, never runs')
atexit._clear()
print('after clear:', atexit._ncallbacks())
atexit.register(registering)
atexit.register(print, 'last registered runs first')
