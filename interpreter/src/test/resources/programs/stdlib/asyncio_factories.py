# Task factories, custom awaitables, generator-based coroutines, Runner contexts, Barrier.reset.
import asyncio
import contextvars
import types

trace = contextvars.ContextVar("trace", default="-")


class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


@types.coroutine
def legacy(value):
    yield from asyncio.sleep(0)
    return value


class LoudTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        print("  LoudTask created:", self.get_name())


async def main():
    loop = asyncio.get_running_loop()
    print(await Awaitable(1), await asyncio.ensure_future(Awaitable(2)))
    print(await legacy(3), asyncio.iscoroutine(legacy(0).__class__) or "legacy ok")
    print(loop.get_task_factory())
    loop.set_task_factory(lambda lp, coro, **kw: LoudTask(coro, loop=lp, **kw))
    t = asyncio.create_task(asyncio.sleep(0, "factory result"), name="loud")
    print(type(t).__name__, t.get_name(), await t)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(42)
    except TypeError as exc:
        print("TypeError:", exc)

    # wait_for and gather on Futures and on awaitables that are not coroutines.
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future result")
    print(await asyncio.wait_for(fut, 1), await asyncio.gather(Awaitable(4), legacy(5)))
    results = []
    for step in asyncio.as_completed([Awaitable("x")]):
        results.append(await step)
    print(results)

    # Each Task copies the context; a context can be given explicitly.
    trace.set("main")
    ctx = contextvars.copy_context()
    async def show():
        trace.set(trace.get() + "+child")
        return trace.get()
    print(await asyncio.create_task(show()), await loop.create_task(show(), context=ctx),
          trace.get(), ctx[trace])

    barrier = asyncio.Barrier(2)
    async def arrive():
        try:
            return await barrier.wait()
        except asyncio.BrokenBarrierError as exc:
            return f"broken: {exc}"
    first = asyncio.create_task(arrive())
    await asyncio.sleep(0)
    print(barrier.n_waiting, barrier.broken)
    await barrier.reset()
    print(await first, barrier.n_waiting)
    both = await asyncio.gather(arrive(), arrive())
    print(sorted(both))
    async with asyncio.Condition(asyncio.Lock()) as bound:
        print("async with Condition binds", bound)


asyncio.run(main())

with asyncio.Runner(debug=False) as runner:
    trace.set("outer")
    print(runner.run(asyncio.sleep(0, trace.get())))
    ctx = contextvars.copy_context()
    ctx.run(trace.set, "given")
    async def read():
        return trace.get()
    print(runner.run(read()), runner.run(read(), context=ctx))
    loop = runner.get_loop()
    print(loop.is_running(), loop.get_debug())
print(loop.is_closed())
