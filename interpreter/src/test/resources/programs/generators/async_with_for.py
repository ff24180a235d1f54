# async with and async for over custom objects, driven without an event loop.


class Pause:
    def __await__(self):
        yield 'pause'


class AsyncCM:
    async def __aenter__(self):
        print('aenter')
        await Pause()
        return 'resource'

    async def __aexit__(self, kind, value, tb):
        print('aexit', kind.__name__ if kind else None)
        return kind is KeyError


class AsyncCounter:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n >= self.limit:
            raise StopAsyncIteration
        self.n += 1
        await Pause()
        return self.n


async def main():
    async with AsyncCM() as r:
        print('inside with', r)
    async with AsyncCM():
        raise KeyError('suppressed')
    total = 0
    async for v in AsyncCounter(4):
        total += v
    else:
        print('async for else')
    return total


coro = main()
steps = 0
try:
    while True:
        coro.send(None)
        steps += 1
except StopIteration as e:
    print('result', e.value, 'after', steps, 'suspensions')


async def wrong():
    async for x in [1, 2]:
        pass


try:
    wrong().send(None)
except TypeError as e:
    print('TypeError:', e)
