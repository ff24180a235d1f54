# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: FIFO hand-over and errors.
import asyncio

log = []


def state(prim):
    text = repr(prim)
    return text[text.index("["):]


async def use_lock(lock, name):
    async with lock as bound:
        log.append(f"{name} in ({bound})")
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(state(lock), lock.locked())
    await asyncio.gather(*(use_lock(lock, n) for n in "abc"))
    print(log, state(lock))
    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(state(lock), waiter.cancelled())

    event = asyncio.Event()
    async def wait_event(n):
        print("  waiter", n, "got", await event.wait())
    waiters = [asyncio.create_task(wait_event(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(state(event), event.is_set())
    event.set()
    await asyncio.gather(*waiters)
    print(state(event), await event.wait())
    event.clear()
    print(event.is_set())

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("  consumer", n, "took", items.pop(0))
    consumers = [asyncio.create_task(consumer(n)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["x", "y"])
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        items.append("z")
        cond.notify_all()
    await asyncio.gather(*consumers)
    for call in (cond.notify, cond.wait):
        try:
            r = call()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as exc:
            print("RuntimeError:", exc)

    sem = asyncio.Semaphore(2)
    running = []
    async def limited(n):
        async with sem:
            running.append(n)
            print("  running", sorted(running))
            for _ in range(3):
                await asyncio.sleep(0)
            running.remove(n)
    await asyncio.gather(*(limited(n) for n in range(5)))
    print(state(sem), sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print("ValueError:", exc)

    barrier = asyncio.Barrier(3)
    async def party(n):
        for _ in range(n):
            await asyncio.sleep(0)
        index = await barrier.wait()
        print("  party", n, "passed as", index)
    await asyncio.gather(*(party(n) for n in range(3)))
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    async def stuck():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError as exc:
            print("  BrokenBarrierError:", exc)
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0)
    await barrier.abort()
    await t
    print(state(barrier))


asyncio.run(main())
