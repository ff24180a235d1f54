def f(a):
    with a as b, c as d:
        if b:
            return b + d
        elif d:
            raise ValueError
    return None
async def g(a):
    async with a as b:
        for i in b:
            return i
