# TaskGroup (3.11): children finish together; failures become an ExceptionGroup.
import asyncio


async def child(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("  cancelled:", name)
        raise
    if fail:
        raise fail(f"{name} broke")
    print("  finished:", name)
    return name


def describe(group):
    return f"{type(group).__name__}({group.message!r}, {[repr(e) for e in group.exceptions]})"


async def main():
    async with asyncio.TaskGroup() as tg:
        print(tg)
        a = tg.create_task(child("a", 0.01))
        b = tg.create_task(child("b", 0), name="bee")
        print(tg)
    print(tg, a.result(), b.get_name(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("ok", 0))
            tg.create_task(child("bad", 0.01, ValueError))
            tg.create_task(child("slow", 1))
            await asyncio.sleep(1)
            print("unreachable")
    except* ValueError as eg:
        print("except* ValueError:", describe(eg))
    print("current task still cancelling?", asyncio.current_task().cancelling())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("k", 0.01, KeyError))
            tg.create_task(child("t", 0.01, TypeError))
    except BaseExceptionGroup as eg:
        print("two failures:", describe(eg))

    # An error in the block itself cancels the children and joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("bystander", 1))
            await asyncio.sleep(0)
            raise LookupError("from the body")
    except ExceptionGroup as eg:
        print("body error:", describe(eg))

    tg = asyncio.TaskGroup()
    coro = child("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print(exc)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as exc:
        print(exc)
    coro = child("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print(exc)
    coro.close()

    # Cancelling the task that owns the group cancels the children too.
    async def owner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 1))
    t = asyncio.create_task(owner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner cancelled:", t.cancelled())


asyncio.run(main())
