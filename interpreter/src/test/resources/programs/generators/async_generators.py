# Async generators driven manually: __anext__, asend, athrow, aclose; async for in a coroutine.


class Tick:
    def __await__(self):
        yield 'tick'


async def agen(n):
    for i in range(n):
        await Tick()
        yield i
    print('agen finished')


def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return trace, e.value


async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out


print(run(consume()))


async def comprehension():
    return [v * 10 async for v in agen(2)]


print(run(comprehension()))
g = agen(2)
print(type(g).__name__, g.__name__)
print(run(g.__anext__()))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print('StopAsyncIteration')


async def echo():
    received = None
    while True:
        received = yield received


e = echo()
print(run(e.asend(None)))
print(run(e.asend('hello')))
try:
    run(e.athrow(ValueError('into agen')))
except ValueError as err:
    print('athrow propagated:', err)


async def closeable():
    try:
        yield 1
    finally:
        print('closeable finally')


c = closeable()
run(c.__anext__())
print(run(c.aclose()))


async def anext_default():
    it = agen(0)
    return await anext(it, 'default value')


print(run(anext_default()))
