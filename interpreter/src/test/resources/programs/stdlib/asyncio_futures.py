# asyncio.Future: states, results, callbacks, reprs and error messages.
import asyncio


def attempt(label, func):
    try:
        print(label, "->", repr(func()))
    except BaseException as exc:
        print(label, "raised", type(exc).__name__, repr(str(exc)))


def on_done(fut):
    print("  callback sees", fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done(), fut.cancelled(), fut.get_loop() is loop)
    attempt("result while pending", fut.result)
    attempt("exception while pending", fut.exception)
    fut.add_done_callback(on_done)
    fut.add_done_callback(print)
    print(fut)
    print("removed", fut.remove_done_callback(print))
    fut.set_result([1, 2])
    attempt("set_result again", lambda: fut.set_result(3))
    attempt("set_exception after result", lambda: fut.set_exception(ValueError()))
    print(fut, fut.cancel())
    await asyncio.sleep(0)
    print(await fut, fut.result(), fut.exception())

    bad = loop.create_future()
    attempt("StopIteration", lambda: bad.set_exception(StopIteration))
    attempt("not an exception", lambda: bad.set_exception("boom"))
    bad.set_exception(KeyError)
    print(bad, repr(bad.exception()))
    try:
        await bad
    except KeyError as exc:
        print("await raised", repr(exc))

    gone = loop.create_future()
    gone.add_done_callback(on_done)
    print(gone.cancel("no longer needed"), gone.cancel(), gone)
    attempt("result of cancelled", gone.result)
    attempt("exception of cancelled", gone.exception)
    attempt("set_result on cancelled", lambda: gone.set_result(1))
    await asyncio.sleep(0)

    waiter = loop.create_future()
    loop.call_later(0.01, waiter.set_result, "later")
    print("awaited", await waiter)

    many = loop.create_future()
    def cb1(f): pass
    def cb2(f): pass
    for cb in (cb1, cb2, cb1, cb2):
        many.add_done_callback(cb)
    text = repr(many)
    print(text[:text.index(" at ")], "<2 more>" in text, many.remove_done_callback(cb1))
    many.cancel()

    print(asyncio.isfuture(fut), asyncio.isfuture(loop.create_future), asyncio.Future is type(fut))
    print(asyncio.InvalidStateError.__mro__[1].__name__, asyncio.CancelledError.__mro__[1].__name__)
    print(asyncio.TimeoutError is TimeoutError, asyncio.CancelledError.__module__)
    print(asyncio.Future(loop=loop))


asyncio.run(main())
