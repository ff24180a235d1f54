# wraps/update_wrapper copy metadata; reduce with and without an initial value
import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def documented(x: int) -> int:
    """Doubles x."""
    return 2 * x


documented.extra = 1
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)
print(documented(4), documented.__qualname__, documented.__module__)


def target():
    pass


target.custom = 'kept'


def shell():
    pass


functools.update_wrapper(shell, target, assigned=('__name__',), updated=('__dict__',))
print(shell.__name__, shell.custom, shell.__wrapped__ is target)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
