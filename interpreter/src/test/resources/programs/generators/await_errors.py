# await on non-awaitables, __await__ returning a non-iterator, coroutine attributes.


async def awaits(x):
    return await x


class BadAwait:
    def __await__(self):
        return 42


class GoodAwait:
    def __await__(self):
        return iter([])


class YieldsTwice:
    def __await__(self):
        yield 1
        yield 2
        return 'three'


def drive(coro):
    sent = []
    try:
        while True:
            sent.append(coro.send(None))
    except StopIteration as e:
        return sent, e.value


for target in [42, BadAwait(), GoodAwait(), YieldsTwice(), None]:
    try:
        print(drive(awaits(target)))
    except TypeError as e:
        print('TypeError:', e)


async def simple():
    return 'simple'


c = simple()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
print(drive(c))
print(c.cr_frame)
unawaited = simple()
try:
    iter(unawaited)
except TypeError as e:
    print('TypeError:', e)
unawaited.close()
import types


@types.coroutine
def legacy():
    yield 'legacy yield'
    return 'legacy value'


async def uses_legacy():
    return await legacy()


print(drive(uses_legacy()))
