# gather, wait, as_completed and shield: results, ordering, errors and cancellation.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    print(await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c", 0)))
    print(await asyncio.gather())
    print(await asyncio.gather(job("x", 0), job("y", 0, fail=True), return_exceptions=True))
    try:
        await asyncio.gather(job("p", 0.01), job("q", 0, fail=True))
    except RuntimeError as exc:
        print("gather raised", repr(exc))
    coro = job("same", 0)
    fut = asyncio.ensure_future(coro)
    print(await asyncio.gather(fut, fut, job("other", 0)))

    # Cancelling the gather cancels its children.
    children = [asyncio.create_task(job(n, 1)) for n in "uv"]
    g = asyncio.gather(*children, return_exceptions=True)
    await asyncio.sleep(0)
    print(type(g).__name__, g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError as exc:
        print("gather cancelled", repr(exc), [c.cancelled() for c in children])
    # A child cancelled alone: with return_exceptions it shows up as a result.
    t1 = asyncio.create_task(job("kept", 0.01))
    t2 = asyncio.create_task(job("dropped", 1))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t2.cancel()
    print(await g2)

    # wait(): the three modes and a timeout.
    tasks = [asyncio.create_task(job(n, d, f)) for n, d, f in
             [("w1", 0, False), ("w2", 0.05, True), ("w3", 0.5, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", len(done), len(pending), sorted(repr(t.exception()) for t in done))
    done, pending = await asyncio.wait(tasks, timeout=0.001)
    print("timeout:", len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", len(done), len(pending))
    lone = job("coro", 0)
    for bad in ([], [lone], tasks[0]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__, exc)
    lone.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as exc:
        print(exc)

    # as_completed yields in finishing order.
    order = []
    for next_done in asyncio.as_completed([job("slow", 0.1), job("fast", 0), job("mid", 0.05)]):
        order.append(await next_done)
    print(order)
    try:
        for next_done in asyncio.as_completed([job("late", 1)], timeout=0.01):
            await next_done
    except TimeoutError:
        print("as_completed timed out")

    # shield: cancelling the outer awaitable leaves the inner task running.
    inner = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print(await inner)


asyncio.run(main())
