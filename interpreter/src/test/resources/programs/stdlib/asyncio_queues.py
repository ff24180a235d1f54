# Queue, PriorityQueue, LifoQueue: producers, consumers, blocking, join and the errors.
import asyncio


async def producer(q, items, name):
    for item in items:
        await q.put(item)
        print(f"  {name} put {item!r} (size {q.qsize()})")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    seen = []
    workers = [asyncio.create_task(consumer(q, n, seen)) for n in ("c1", "c2")]
    await producer(q, range(5), "p")
    await q.join()
    print(seen)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    q = asyncio.Queue(1)
    q.put_nowait("only")
    print(str(q), q.full())
    try:
        q.put_nowait("more")
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    blocked = asyncio.create_task(q.put("blocked"))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), "then", await q.get())
    await blocked
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as exc:
        print("ValueError:", exc)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    await asyncio.sleep(0)
    print(str(q), getter.cancelled())

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for item in "xyz":
        await lq.put(item)
    print(str(lq), [await lq.get() for _ in range(3)])

    # get() waiters are served in arrival order.
    fifo = asyncio.Queue()
    order = []
    async def take(name):
        order.append((name, await fifo.get()))
    takers = [asyncio.create_task(take(n)) for n in "abc"]
    await asyncio.sleep(0)
    for v in (1, 2, 3):
        fifo.put_nowait(v)
    await asyncio.gather(*takers)
    print(order)
    print(asyncio.Queue[int])


asyncio.run(main())
