# Unretrieved task/future exceptions, the loop's exception handler, and failures at shutdown.
import asyncio


async def explode(n):
    await asyncio.sleep(0)
    raise ValueError(f"explosion {n}")


def custom_handler(loop, context):
    keys = sorted(context)
    exc = context.get("exception")
    print("handler:", context["message"], keys, repr(exc))


def broken_callback():
    raise ZeroDivisionError("in a callback")


async def with_custom_handler():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(custom_handler)
    print(loop.get_exception_handler() is custom_handler)
    loop.call_soon(broken_callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "just a message", "detail": 42})
    t = asyncio.create_task(explode(1))
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    try:
        loop.set_exception_handler("not callable")
    except TypeError as exc:
        print("TypeError:", exc)


async def default_handler():
    loop = asyncio.get_running_loop()
    # These go to the default handler, which logs them on stderr.
    loop.call_exception_handler({"message": "plain report", "extra": [1, 2]})
    loop.call_exception_handler({})
    fut = loop.create_future()
    fut.set_exception(KeyError("lost"))
    t = asyncio.create_task(explode(2))
    await asyncio.sleep(0.01)
    print("main returns while", t, "holds an exception")
    retrieved = asyncio.create_task(explode(3))
    await asyncio.sleep(0.01)
    print("retrieved:", repr(retrieved.exception()))


asyncio.run(with_custom_handler())
print("-- default handler")
asyncio.run(default_handler())


async def leaves_a_task_behind():
    async def ignores_cancel():
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            print("leftover task cancelled at shutdown")
            raise RuntimeError("failed while cancelled")
    asyncio.create_task(ignores_cancel())
    await asyncio.sleep(0)
    print("main done")

print("-- leftover task")
asyncio.run(leaves_a_task_behind())
print("end")
