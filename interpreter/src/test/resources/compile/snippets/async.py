async def f():
    await g()
    async with lock as l:
        await l.do()
    async for x in aiter():
        print(x)
    else:
        pass
    return [y async for y in z]
async def agen():
    yield 1
    await x
async def comp():
    return [await v for v in w]
