# Event loop objects: creating, running, stopping, closing; finding the current loop.
import asyncio


async def answer(x):
    await asyncio.sleep(0)
    return x * 2


def attempt(label, func):
    try:
        print(label, "->", func())
    except Exception as exc:
        print(label, "raised", type(exc).__name__, exc)


attempt("get_running_loop outside", asyncio.get_running_loop)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed(), loop.get_debug())
print(repr(loop).split(" ", 1)[1])
print(loop.run_until_complete(answer(21)))
print(loop.run_until_complete(asyncio.sleep(0, "sleep result")))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print(loop.run_until_complete(fut))


def tick(n):
    print("tick", n, loop.is_running())
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(tick, n + 1)

loop.call_soon(tick, 1)
loop.run_forever()
print("run_forever returned", loop.is_running())

events = []
loop.call_later(0.02, events.append, "later")
loop.call_soon(events.append, "soon")
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(events)


async def nested():
    running = asyncio.get_running_loop()
    print("inside:", running is loop, asyncio.get_event_loop() is loop)
    coro = answer(1)
    try:
        running.run_until_complete(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    coro.close()
    inner = asyncio.sleep(0)
    try:
        asyncio.run(inner)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    inner.close()
    try:
        running.close()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

loop.run_until_complete(nested())


async def never_finishes():
    await loop.create_future()

loop.call_later(0.01, loop.stop)
coro = never_finishes()
attempt("stopped early", lambda: loop.run_until_complete(coro))
loop.close()
loop.close()
print(loop.is_closed())
attempt("call_soon after close", lambda: loop.call_soon(print))
late = asyncio.sleep(0)
attempt("run after close", lambda: loop.run_until_complete(late))
late.close()
attempt("create_task after close", lambda: loop.create_task(coro))
coro.close()
asyncio.set_event_loop(None)
attempt("call_later(None)", lambda: asyncio.new_event_loop().call_later(None, print))
attempt("asyncio.run(not a coroutine)", lambda: asyncio.run(42))
print(asyncio.run(answer(5), debug=True))
with asyncio.Runner() as runner:
    print(runner.run(answer(10)), runner.run(answer(11)), runner.get_loop().is_closed())
again = answer(0)
attempt("runner reuse", lambda: runner.run(again))
again.close()
