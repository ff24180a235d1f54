# Generators: send/throw/close, yield from with return values, StopIteration in a generator (PEP 479).
def counter():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print('closing with', received)
        raise


g = counter()
print(next(g), g.send('a'), g.send('b'))
g.close()


def inner():
    x = yield 1
    y = yield x * 2
    return x + y


def outer():
    result = yield from inner()
    yield 'result %d' % result


o = outer()
print(next(o), o.send(10), o.send(5))


def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)


t = thrower()
next(t)
print(t.throw(ValueError('boom')))


def bad():
    yield 1
    raise StopIteration('oops')


try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
print(list(x * x for x in range(5) if x % 2), {k: v for k, v in zip('ab', [1, 2])})


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([n for n, _ in zip(fib(), range(10))])
