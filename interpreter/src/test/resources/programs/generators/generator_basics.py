# Generator functions: lazy execution, state, exhaustion, return value in StopIteration.


def countdown(n):
    print('starting countdown from', n)
    while n > 0:
        yield n
        n -= 1
    print('countdown finished')
    return 'liftoff'


g = countdown(3)
print('created', type(g).__name__)
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print('exhausted again, value:', e.value)
g2 = countdown(1)
next(g2)
try:
    next(g2)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame)
h = countdown(2)
print(h.gi_frame is not None, h.gi_frame.f_lineno if h.gi_frame else None)


def empty():
    return
    yield


print(list(empty()))
print(iter(h) is h)


def yields_none():
    yield
    x = yield
    print('received', x)


print(list(yields_none()))
