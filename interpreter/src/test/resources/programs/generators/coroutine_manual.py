# Coroutines driven by hand with send(): await on custom awaitables, return values.


class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield 'suspend ' + self.label
        return 'resumed %s with %r' % (self.label, reply)


async def child(n):
    r = await Suspend('child%d' % n)
    return r


async def parent():
    a = await Suspend('first')
    print(a)
    b = await child(1)
    print(b)
    return 'parent result'


coro = parent()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send('x'))
try:
    coro.send('y')
except StopIteration as e:
    print('returned', e.value)
c2 = parent()
c2.send(None)
try:
    c2.throw(ValueError('thrown into coroutine'))
except ValueError as e:
    print('propagated:', e)
c3 = parent()
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
c4 = child(0)
c4.send(None)
try:
    c4.send(1)
except StopIteration as e:
    print(e.value)
try:
    c4.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
