# Annotations on functions, variables, classes; they are evaluated (no PEP 563 by default).
x: int = 5
y: 'forward'
print(__annotations__)


def f(a: int, b: 'str' = 'b', *args: float, c: list = None, **kw: dict) -> bool:
    return True


print(f.__annotations__)


class Point:
    x: int
    y: int = 0
    label: str = 'p'


print(Point.__annotations__)
print(hasattr(Point, 'x'), Point.y)
evaluated = []


def ann(v):
    evaluated.append(v)
    return v


def g(p: ann('param')) -> ann('return'):
    pass


print(evaluated)


def h():
    local: ann('local not evaluated') = 1
    return local


h()
print(evaluated)
z: ann('module level is evaluated') = 3
print(evaluated[-1])
print(type(f.__annotations__).__name__)


def untouched():
    pass


untouched.__annotations__['added'] = int
print(untouched.__annotations__)
