async def f(x):
    return f"{await x:>{await w}}"
def g(x):
    return f"{x!r}" + f"{(lambda: 1)()}"
