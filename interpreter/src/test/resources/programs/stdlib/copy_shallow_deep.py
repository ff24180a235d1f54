# copy: shallow and deep copies of containers and instances, __copy__/__deepcopy__, cycles.
import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1], copy.deepcopy((1, 2)) is not None)
print(copy.copy(5), copy.copy('s'), copy.deepcopy(None), copy.copy(len) is len, copy.deepcopy(int) is int)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({'a': (1, [2])}), copy.copy(frozenset([3])))


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags


p = Point(1, ['a'])
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q.x, q.tags is p.tags, r.tags is p.tags, r.tags == p.tags)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s2 = copy.deepcopy(Slotted())
print(s2.a, type(s2).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom('copied ' + self.v)

    def __deepcopy__(self, memo):
        return Custom('deep ' + self.v)


print(copy.copy(Custom('x')).v, copy.deepcopy(Custom('y')).v, copy.deepcopy([Custom('z')])[0].v)
loop = [1]
loop.append(loop)
dup = copy.deepcopy(loop)
print(dup[1] is dup, dup[1] is not loop)
shared = [0]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0] is not shared)
memo = {}
copy.deepcopy([1, 2], memo)
print(len(memo) > 0, copy.Error, copy.error is copy.Error)
