# send/throw through several levels of yield from, and return values bubbling up.


def leaf():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def middle():
    result = yield from leaf()
    print('middle got', result)
    return result * 10


def top():
    result = yield from middle()
    print('top got', result)
    yield 'top done'


g = top()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(None))


def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'leaf handled ' + str(e)


def wrapper():
    yield from thrower()
    yield 'wrapper continues'


w = wrapper()
next(w)
print(w.throw(ValueError('boom')))
print(next(w))
print(list(w))
