# anext(it, default): the items first, the default only once the iterator is exhausted.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 'a'
    yield 'b'

class Counter:
    """An async iterator written by hand, with async def __anext__."""
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

class Awaiting:
    """__anext__ returns an object whose __await__ is a plain generator."""
    def __init__(self):
        self.left = 2
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        if self.left == 0:
            raise StopAsyncIteration
        self.left -= 1
        yield from ()
        return 'item%d' % self.left

async def main():
    g = agen()
    print(await anext(g, 'dflt'), await anext(g, 'dflt'), await anext(g, 'dflt'), await anext(g, None))
    g2 = agen()
    print(await anext(g2), await anext(g2))
    try:
        await anext(g2)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    c = Counter(2)
    print([await anext(c, -1) for _ in range(4)])
    w = Awaiting()
    print([await anext(w, 'end') for _ in range(3)])
    aw = anext(agen(), 0)
    print(type(aw).__name__)
    try:
        anext(iter([]))
    except TypeError as e:
        print('TypeError', e)
    try:
        anext(agen(), 1, 2)
    except TypeError as e:
        print('TypeError', e)
    return 'done'

print(run(main()))
