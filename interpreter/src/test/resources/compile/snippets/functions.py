def f():
    pass
def g(a, b=1, *args, c, d=2, **kw):
    return a + b
def h(a, /, b, *, c):
    return c
async def co():
    return 1
def annotated(a: int, b: "str" = 'x') -> float:
    return a
@decorator
def decorated():
    pass
@d1
@d2(arg)
def two():
    pass
lam = lambda x, y=1: x + y
def docstring():
    "The doc."
    return 1
def nested():
    x = 1
    def inner():
        return x
    return inner
