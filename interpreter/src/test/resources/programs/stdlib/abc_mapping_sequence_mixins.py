# collections.abc Mapping and Sequence mixins in detail: views, update/pop/setdefault,
# index/count with bounds, mutable-sequence editing, generic aliases
from collections import abc


class Box(abc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return 'Box(%r)' % self.d


m = Box()
m.update([('a', 1)], b=2)
m.update({'c': 3})
print(m.setdefault('a', 9), m.setdefault('z', 0), m.pop('z'), m.pop('zz', 'dflt'), m.popitem(), len(m))
try:
    m.pop('missing')
except KeyError as e:
    print('KeyError', e)
print(m.keys(), m.items(), m.values())
print(('b', 2) in m.items(), ('b', 3) in m.items(), 2 in m.values(), 'b' in m.keys(), m.keys() & {'b', 'q'})
print(m == {'b': 2, 'c': 3}, m != {'b': 2}, list(reversed(list(m.keys()))), m.__reversed__ is None)
m.clear()
try:
    m.popitem()
except KeyError as e:
    print('KeyError', repr(e))


class Letters(abc.MutableSequence):
    def __init__(self, s):
        self.l = list(s)

    def __getitem__(self, i):
        return self.l[i]

    def __setitem__(self, i, v):
        self.l[i] = v

    def __delitem__(self, i):
        del self.l[i]

    def __len__(self):
        return len(self.l)

    def insert(self, i, v):
        self.l.insert(i, v)


s = Letters('abcab')
print(s.index('b'), s.index('b', 2), s.index('a', -2), s.count('a'), 'c' in s, list(reversed(s)))
for args in (('z',), ('a', 1, 3), ('b', 4, 1)):
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))
s.append('d')
s.extend(s)
s += 'e'
s.reverse()
print(''.join(s), s.pop(), s.pop(0), s.remove('c'), ''.join(s))
s.clear()
print(len(s))
print(abc.Iterable[int], abc.Mapping[str, int], abc.Container[int], abc.Awaitable[int], abc.KeysView[int])
print(abc.KeysView({1: 2}), abc.ItemsView({}), abc.ValuesView({'a': 1}), list(abc.ItemsView({'a': 1})))
