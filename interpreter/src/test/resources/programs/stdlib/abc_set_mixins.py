# collections.abc Set mixins in detail: algebra with plain iterables, reflected operators,
# comparisons, in-place updates, pop/remove/clear errors
from collections import abc


class ListSet(abc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(list(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return 'LS%s' % sorted(self.items)


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & [3, 9], [3, 9] & a, a | [5], [5] | a, a - [1], [1, 7] - a, a ^ [3, 8], [3, 8] ^ a)
print(a - {2}, {2, 5} - a, a & 5 if False else 'skip', a.__and__(5), a.__sub__(5), a.__rsub__(5))
print(a < ListSet([1, 2, 3, 4]), a > ListSet([1]), a == ListSet([3, 2, 1]), a != b, a <= ListSet([1, 2, 3]))
print(a.isdisjoint([7, 8]), a.isdisjoint(iter([8, 3])), a == {1, 2, 3}, {1, 2, 3} == a)
c = ListSet([1, 2, 3, 4])
c ^= [4, 5]
print(c)
c &= [1, 2, 5, 9]
print(c)
c -= c
print(c, len(c))
d = ListSet([1, 2])
d ^= d
print(d)
try:
    d.remove(1)
except KeyError as e:
    print('KeyError', e)
try:
    d.pop()
except KeyError as e:
    print('KeyError', repr(e))
e = ListSet('xy')
print(e.pop() in 'xy', len(e), e.clear(), e)
