# WeakSet: in-place operators, comparisons, copies, pickling support, dead members
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n


def names(s):
    return sorted(x.n for x in s)


items = [Item(i) for i in range(8)]
a = weakref.WeakSet(items[:5])
b = weakref.WeakSet(items[3:])
print(names(a ^ b), names(a.symmetric_difference(items[4:6])))
print(names(a.union(items[6:])), names(a.intersection(items[2:4] + [Item(99)])))
print(names(a.difference(b)), a.isdisjoint(items[5:]), a.isdisjoint(items[4:]))
c = a.copy()
print(type(c).__name__, c == a, c is a, names(c))
c |= b
print(names(c), len(c))
c -= items[:2]
print(names(c))
c &= items[1:5]
print(names(c))
c ^= items[3:6]
print(names(c))
c.difference_update(items[2:3])
c.intersection_update(items)
c.symmetric_difference_update([items[0]])
print(names(c))
c -= c
print(len(c), list(c))
d = weakref.WeakSet(items[:3])
d ^= d
print(len(d))
print(a < weakref.WeakSet(items), a <= a, a > weakref.WeakSet(items[:1]), a >= items[:5])
print(a.issubset(items), a.issuperset(items[:6]), a == items[:5], a != b)
print(1 in a, [] in a, items[0] in a)
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    a.add(3)
except TypeError as e:
    print(e)
cls, args, state = a.__reduce__()
print(cls.__name__, names(args[0]), type(state).__name__)


class Named(weakref.WeakSet):
    pass


n = Named(items[:2])
print(type(n.copy()).__name__, type(n | a).__name__, type(n & a).__name__, type(n - a).__name__)
print(n == weakref.WeakSet(items[:2]), weakref.WeakSet(items[:2]) == n)
temp = [Item(100 + i) for i in range(3)]
e = weakref.WeakSet(temp)
it = iter(e)
first = next(it)
del temp
gc.collect()
print(len(e), first.n >= 100)
del first
del it
gc.collect()
print(len(e), list(e))
print(repr(weakref.WeakSet()), weakref.WeakSet[Item].__origin__.__name__)
