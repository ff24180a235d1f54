# Rich comparisons: reflection of < to >, == falling back to identity, NotImplemented, total_ordering.
import functools
log = []


class Money:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append('eq')
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v

    def __lt__(self, other):
        log.append('lt')
        if not isinstance(other, Money):
            return NotImplemented
        return self.v < other.v


a, b = Money(1), Money(2)
print(a < b, a > b, log)
log.clear()
print(a == Money(1), a != Money(1), a == 5, log)
try:
    a <= b
except TypeError as e:
    print('TypeError:', e)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v1 == Version(1, 2))
print(sorted([Version(3), Version(1, 5), Version(1)], key=lambda v: v).__len__())


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p is p)


class AlwaysEqual:
    def __eq__(self, other):
        return True


print(AlwaysEqual() == 3, 3 == AlwaysEqual(), [AlwaysEqual()] == [1], AlwaysEqual() in [None])
x = float('nan')
print(x == x, [x] == [x], x in [x])


class OddCompare:
    def __lt__(self, other):
        return 'truthy string'


print(OddCompare() < 1, sorted([3, 1, 2], key=lambda n: -n))
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print('TypeError:', e)
