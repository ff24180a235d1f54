async def f():
    async with a as b, c as d:
        pass
    async for x in y:
        if x:
            break
        continue
    try:
        await z
    finally:
        await w
async def g():
    return {k: v async for k, v in items()}
async def h():
    return (x async for x in y)
async def i():
    async with a:
        return 1
