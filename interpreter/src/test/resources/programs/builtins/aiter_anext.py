# aiter() and anext() on async iterators, driven without an event loop.


class Step:
    def __await__(self):
        yield 'step'


class Numbers:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    it = aiter(Numbers(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, 'exhausted')
    try:
        await anext(it)
    except StopAsyncIteration:
        fourth = 'StopAsyncIteration'
    return first, second, third, fourth


print(run(main()))


async def agen():
    yield 'a'
    yield 'b'


async def use_agen():
    g = agen()
    return [await anext(g), await anext(g), await anext(g, 'end')]


print(run(use_agen()))
for bad in [lambda: aiter(5), lambda: anext(5), lambda: aiter([1])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(type(aiter(Numbers(0))).__name__, type(anext(agen())).__name__ if False else 'skip')
