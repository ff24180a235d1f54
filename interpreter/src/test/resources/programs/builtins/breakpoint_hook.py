# breakpoint() calls sys.breakpointhook with its arguments; PYTHONBREAKPOINT is not consulted here.
import sys
calls = []


def hook(*args, **kwargs):
    calls.append((args, sorted(kwargs.items())))
    return 'hook result'


sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, key='v'))
print(calls)
sys.breakpointhook = None
try:
    breakpoint()
except TypeError as e:
    print('TypeError:', e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError:', e)
sys.breakpointhook = lambda: 'restored'
print(breakpoint())
print(sys.__breakpointhook__ is not None, callable(sys.__breakpointhook__))
