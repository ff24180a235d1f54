# The order in which the event loop runs callbacks and task steps.
import asyncio

log = []


async def worker(name, rounds):
    for i in range(rounds):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon-1")
    t1 = asyncio.create_task(worker("a", 3))
    loop.call_soon(log.append, "soon-2")
    t2 = asyncio.create_task(worker("b", 2))
    t1.add_done_callback(lambda t: log.append("done-" + t.result()))
    t2.add_done_callback(lambda t: log.append("done-" + t.result()))
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after first yield")
    print(await t1, await t2)
    print(log)

    # Timers run in due order; a timer at the same time keeps scheduling order.
    log.clear()
    now = loop.time()
    for name, delay in [("t30", 0.03), ("t10", 0.01), ("t20", 0.02), ("t10b", 0.01)]:
        loop.call_at(now + delay, log.append, name)
    handle = loop.call_later(0.015, log.append, "cancelled")
    handle.cancel()
    print(handle.cancelled(), repr(handle) == "<TimerHandle cancelled when=%r>" % handle.when())
    await asyncio.sleep(0.05)
    print(log)

    # A callback scheduled by a callback runs on the next loop turn, after those already ready.
    log.clear()
    def first():
        log.append("first")
        loop.call_soon(log.append, "scheduled by first")
    loop.call_soon(first)
    loop.call_soon(log.append, "second")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)

    # sleep() hands back its result; a done future's callback is still scheduled, not called.
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.001, result="tiny"))
    fut = loop.create_future()
    fut.set_result(1)
    fut.add_done_callback(lambda f: log.append("late callback"))
    log.clear()
    log.append("after add_done_callback")
    await asyncio.sleep(0)
    print(log)
    print(loop.time() <= loop.time(), isinstance(loop.time(), float))


asyncio.run(main())
