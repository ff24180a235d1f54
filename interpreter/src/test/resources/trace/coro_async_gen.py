async def agen():
    yield 1
    yield 2

async def run():
    out = []
    async for v in agen():
        out.append(v)
    return out

def main():
    c = run()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
