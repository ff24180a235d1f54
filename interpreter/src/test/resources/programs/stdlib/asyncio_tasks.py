# Tasks: names, reprs, current_task/all_tasks, cancellation, exceptions and their tracebacks.
import asyncio
import traceback


async def nap(seconds, result=None):
    await asyncio.sleep(seconds)
    return result


async def fail(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def relay(message):
    return await fail(message)


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__qualname__, len(asyncio.all_tasks()))
    t = asyncio.create_task(nap(0.01, "slept"))
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    print(await t, t)
    named = asyncio.create_task(nap(0, 7), name="seven")
    named.set_name(named.get_name() + "!")
    print(named.get_name(), await named)
    print(asyncio.create_task(nap(0), name=42).get_name())

    # Cancelling: before the first step, while waiting, with a message.
    early = asyncio.create_task(nap(1))
    print(early.cancel(), early.cancelling(), early)
    try:
        await early
    except asyncio.CancelledError as exc:
        print("early:", repr(exc), early.cancelled(), early)
    waiting = asyncio.create_task(nap(1))
    await asyncio.sleep(0)
    print(waiting.cancel("enough"), waiting.cancel(), waiting.cancelling(), waiting.uncancel())
    try:
        await waiting
    except asyncio.CancelledError as exc:
        print("waiting:", repr(exc), waiting.cancel())
    try:
        waiting.result()
    except asyncio.CancelledError as exc:
        print("result():", repr(exc))

    # A task that raises: the exception and its traceback reach whoever awaits it.
    broken = asyncio.create_task(relay("deep"))
    try:
        await broken
    except ValueError:
        traceback.print_exc()
    print(broken, repr(broken.exception()))
    try:
        broken.result()
    except ValueError:
        traceback.print_exc()

    # A task that swallows its cancellation keeps running and finishes normally.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn: caught cancel, cancelling() =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        return "still here"
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    for bad in (lambda: asyncio.create_task(42), lambda: asyncio.ensure_future("x")):
        try:
            bad()
        except TypeError as exc:
            print("TypeError:", exc)
    try:
        t.set_result(1)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print(asyncio.iscoroutinefunction(nap), asyncio.iscoroutinefunction(print))
    coro = nap(0)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(nap))
    print(await asyncio.ensure_future(coro))


asyncio.run(main())
