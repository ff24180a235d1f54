# Function objects: __name__, __qualname__, __module__, __defaults__, __kwdefaults__, __dict__,
# __annotations__, __globals__, __closure__, __code__ replacement.


def f(a: int, b: 'text' = 'x', *, c: float = 1.5) -> list:
    """Doc of f."""
    return [a, b, c]


print(f.__name__, f.__qualname__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__doc__)
print(f.__globals__ is globals())
print(f.__closure__)
f.custom = 'attribute'
print(f.__dict__)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)


def g():
    return 'g body'


def h():
    return 'h body'


g.__code__ = h.__code__
print(g())
try:
    f.__name__ = 42
except TypeError as e:
    print('TypeError:', e)
print(type(f).__name__, callable(f))


def no_doc():
    pass


print(no_doc.__doc__, no_doc.__annotations__, no_doc.__defaults__, no_doc.__kwdefaults__)
