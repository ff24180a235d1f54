# functools: total_ordering, cmp_to_key, singledispatch, partialmethod.
import functools


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return 'V%d' % self.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), sorted([b, a, Version(0)]))


@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Rev(1) < Rev(2), Rev(3) <= Rev(2), Rev(2) >= Rev(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=functools.cmp_to_key(by_length_then_alpha)))
K = functools.cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))


@functools.singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int ' + str(x)


@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'sequence of %d' % len(x)


print(describe(3), describe(True), describe([1, 2]), describe((1,)), describe('s'), describe(2.5))
print(describe.dispatch(bool).__name__ == '_', describe.dispatch(str) is describe.registry[object])


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value):
        self.state = value

    set_alive = functools.partialmethod(set_state, True)


c = Cell()
c.set_alive()
print(c.state)
