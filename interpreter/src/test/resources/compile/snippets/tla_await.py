x = await f()
async for i in g():
    print(i)
async with h() as c:
    pass
y = [z async for z in w]
