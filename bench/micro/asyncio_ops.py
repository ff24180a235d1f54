"""asyncio micro-benchmarks: each workload runs a fixed amount of work on a fresh event loop, prints
a checksum line and its wall and CPU time (perf_counter, process_time) as "TIME <name> <wall> <cpu>";
bench/micro.sh compares with CPython (whose Task and Future are C, ours Python)."""
import asyncio
import sys
import time

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


async def yielder(rounds):
    total = 0
    for i in range(rounds):
        await asyncio.sleep(0)
        total += i
    return total


def sleep0_steps(n):
    async def main():
        return sum(await asyncio.gather(*(yielder(n // 10) for _ in range(10))))
    return asyncio.run(main())


def task_spawn(n):
    async def leaf(i):
        return i * 2
    async def main():
        total = 0
        for start in range(0, n, 100):
            tasks = [asyncio.create_task(leaf(i)) for i in range(start, start + 100)]
            for t in tasks:
                total += await t
        return total
    return asyncio.run(main())


def queue_pingpong(n):
    async def main():
        there, back = asyncio.Queue(), asyncio.Queue()
        async def echo():
            while True:
                item = await there.get()
                if item is None:
                    return
                back.put_nowait(item + 1)
        worker = asyncio.create_task(echo())
        total = 0
        for i in range(n):
            there.put_nowait(i)
            total += await back.get()
        there.put_nowait(None)
        await worker
        return total
    return asyncio.run(main())


def future_callbacks(n):
    async def main():
        loop = asyncio.get_running_loop()
        hits = []
        for i in range(n // 10):
            fut = loop.create_future()
            for _ in range(10):
                fut.add_done_callback(hits.append)
            fut.set_result(i)
            await fut
        await asyncio.sleep(0)
        return len(hits)
    return asyncio.run(main())


WORKLOADS = [
    ("sleep0_steps", sleep0_steps, 50000),
    ("task_spawn", task_spawn, 20000),
    ("queue_pingpong", queue_pingpong, 20000),
    ("future_callbacks", future_callbacks, 50000),
]

for name, fn, n in WORKLOADS:
    t0, c0 = time.perf_counter(), time.process_time()
    r = fn(n * SCALE)
    t1, c1 = time.perf_counter(), time.process_time()
    print(name, r)
    print("TIME", name, "%.4f" % (t1 - t0), "%.4f" % (c1 - c0))
