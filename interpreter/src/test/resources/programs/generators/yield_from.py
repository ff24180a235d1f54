# yield from: delegation of next/send/throw, return values, iterables.


def inner():
    x = yield 'inner 1'
    print('inner received', x)
    y = yield 'inner 2'
    print('inner received', y)
    return 'inner result'


def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer done'


g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain('ab', [1, 2], range(3), {'k': 0})))


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4]], 5]])))


def catcher():
    while True:
        try:
            yield
        except KeyError:
            print('inner caught KeyError')


def delegator():
    yield from catcher()


d = delegator()
next(d)
d.throw(KeyError)
d.close()
print('closed delegator; inner closed too')


def returns_value():
    return 42
    yield


def collect():
    value = yield from returns_value()
    yield value


print(list(collect()))


def gen_return_values():
    results = []
    for n in range(3):
        results.append((yield from sub(n)))
    return results


def sub(n):
    yield n
    return n * 10


g = gen_return_values()
print(list(g))
try:
    next(gen_return_values())
    h = gen_return_values()
    for _ in h:
        pass
except StopIteration as e:
    print(e.value)
