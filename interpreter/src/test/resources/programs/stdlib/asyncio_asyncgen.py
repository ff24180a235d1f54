# Async generators and comprehensions under the loop, and their closing by asyncio.run.
import asyncio


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"  ticker({n}) finally")


async def squares(agen):
    async for value in agen:
        yield value * value


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


async def main():
    print([i async for i in ticker(3)])
    print({i: i * 2 async for i in ticker(2) if i})
    print([v async for v in squares(ticker(4, 0.001))])
    print([x async for x in Countdown(3)])
    five = ticker(5)
    print(await anext(five), await anext(aiter(Countdown(0)), "empty"))
    await five.aclose()
    agen = ticker(10)
    print(await agen.asend(None), await agen.__anext__())
    try:
        await agen.athrow(KeyError("thrown in"))
    except KeyError as exc:
        print("athrow raised", repr(exc))
    await agen.aclose()
    print("after aclose:", [x async for x in agen])

    # The async generator left suspended here is closed by asyncio.run at shutdown.
    global pending
    pending = ticker(100)
    print("first item of pending:", await pending.__anext__())

    async def gather_items():
        return [i async for i in ticker(2)]
    print(await asyncio.gather(gather_items(), gather_items()))
    print("main ends")


asyncio.run(main())
print("run returned")


async def record():
    agen = ticker(3)
    await agen.__anext__()
    return agen

loop = asyncio.new_event_loop()
kept = loop.run_until_complete(record())
print("loop still open; shutting down generators")
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(kept.ag_running, kept.ag_frame)
