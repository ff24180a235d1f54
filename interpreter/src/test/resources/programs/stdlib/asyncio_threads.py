# The loop and threads: executors, to_thread, call_soon_threadsafe, run_coroutine_threadsafe.
import asyncio
import concurrent.futures
import contextvars
import threading

request = contextvars.ContextVar("request", default="none")


def blocking(x, y=0):
    return (x + y, threading.current_thread() is threading.main_thread(), request.get())


def fails():
    raise OSError("disk on fire")


async def main():
    loop = asyncio.get_running_loop()
    request.set("r1")
    print(await loop.run_in_executor(None, blocking, 1))
    print(await asyncio.to_thread(blocking, 2, y=3))
    try:
        await asyncio.to_thread(fails)
    except OSError as exc:
        print("to_thread raised", repr(exc))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(4)))
        print(results)
        cf = pool.submit(pow, 2, 10)
        print(await asyncio.wrap_future(cf), cf.done(), cf.result())

    # Another thread hands work to the loop.
    got = loop.create_future()
    def from_thread():
        loop.call_soon_threadsafe(got.set_result, "handed over")
    threading.Thread(target=from_thread).start()
    print(await got)

    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    answers = []
    def client():
        answers.append(asyncio.run_coroutine_threadsafe(add(20, 22), loop).result(timeout=5))
    worker = threading.Thread(target=client)
    worker.start()
    while worker.is_alive():
        await asyncio.sleep(0.001)
    print(answers)

    # Each task runs in a copy of the context it was created in.
    async def show(name):
        before = request.get()
        request.set(name)
        await asyncio.sleep(0)
        return before, request.get()
    request.set("parent")
    print(await asyncio.gather(show("a"), show("b")), request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in copy")
    t = asyncio.create_task(show("c"), context=ctx)
    print(await t, ctx[request], request.get())


asyncio.run(main())

f = concurrent.futures.Future()
print(f.done(), f.running(), f.cancel(), f.cancelled())
f2 = concurrent.futures.Future()
f2.set_result(5)
print(f2.result(), f2.exception(), f2.done())
try:
    concurrent.futures.Future().result(timeout=0.001)
except concurrent.futures.TimeoutError as exc:
    print("TimeoutError", exc.__class__ is TimeoutError)
with concurrent.futures.ThreadPoolExecutor(3) as ex:
    print(list(ex.map(lambda v: v * 10, range(5))))
    fs = [ex.submit(abs, -n) for n in range(3)]
    done, not_done = concurrent.futures.wait(fs)
    print(sorted(f.result() for f in done), not_done)
    print(sorted(f.result() for f in concurrent.futures.as_completed(fs)))
