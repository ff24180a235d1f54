# wait_for, asyncio.timeout and asyncio.timeout_at: expiry, chaining, rescheduling.
import asyncio


async def slow(result, delay=1):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("  slow", result, "was cancelled")
        raise
    return result


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow("quick", 0), timeout=1))
    print(await asyncio.wait_for(slow("no limit", 0), timeout=None))
    try:
        await asyncio.wait_for(slow("late"), timeout=0.01)
    except asyncio.TimeoutError as exc:
        print("wait_for:", repr(exc), repr(exc.__cause__), exc.__suppress_context__)
    try:
        await asyncio.wait_for(slow("zero"), timeout=0)
    except TimeoutError as exc:
        print("timeout=0:", repr(exc), type(exc.__cause__).__name__)
    done = asyncio.create_task(slow("already", 0))
    await asyncio.sleep(0.001)
    print(await asyncio.wait_for(done, timeout=0))

    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await slow("in block")
    except TimeoutError as exc:
        print("timeout():", repr(exc), repr(exc.__cause__), cm.expired(), cm)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("not expired:", cm.expired(), cm)
    async with asyncio.timeout(None) as cm:
        print(cm, cm.when())
        cm.reschedule(loop.time() + 0.01)
        print(cm.when() is not None)
        try:
            await slow("rescheduled")
        except asyncio.CancelledError:
            print("  the block sees CancelledError")
            raise
    print("unreachable")


async def outer():
    try:
        await main()
    except TimeoutError:
        print("reschedule expired")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("unreachable")
    except TimeoutError:
        print("timeout_at in the past expires at the first await")
    cm = asyncio.timeout(1)
    print(cm)
    try:
        cm.reschedule(None)
    except RuntimeError as exc:
        print(exc)
    # An outer cancellation is not turned into TimeoutError.
    async def cancelled_inside():
        async with asyncio.timeout(1):
            await slow("outer cancel")
    t = asyncio.create_task(cancelled_inside())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled, not timed out:", t.cancelled())


asyncio.run(outer())
