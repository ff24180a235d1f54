async def agen(xs):
    try:
        async for x in xs:
            try:
                yield await x
            except Exception:
                continue
    finally:
        await close()
async def user():
    async with ctx() as c:
        return [y async for y in agen(c) if await y]
    return {k: await v async for k, v in items()}
