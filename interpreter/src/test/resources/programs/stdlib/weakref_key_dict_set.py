# WeakKeyDictionary and WeakSet: members go when they die
import gc
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Key(%s)' % self.name


data = weakref.WeakKeyDictionary()
ks = [Key(c) for c in 'abcd']
for i, k in enumerate(ks):
    data[k] = i
print(len(data), data[ks[2]], ks[1] in data, Key('x') in data, 5 in data)
print(sorted((k.name, v) for k, v in data.items()))
del ks[0]
gc.collect()
print(len(data), sorted(k.name for k in data))
print(data.get(ks[0]), data.get(Key('zz'), 'none'))
print(data.pop(ks[0]), len(data))
print(data.setdefault(ks[1], 'new'), data.setdefault(Key('tmp'), 'tmp'))
gc.collect()
print(len(data), sorted(v for v in data.values() if isinstance(v, int)))
print(len(data.keyrefs()))
del data[ks[1]]
print(sorted(k.name for k in data.keys()))
try:
    data[1] = 2
except TypeError as e:
    print(e)

members = [Key(str(i)) for i in range(5)]
s = weakref.WeakSet(members)
print(len(s), members[0] in s, Key('no') in s, 3 in s)
s.discard(members[0])
s.remove(members[1])
try:
    s.remove(Key('gone'))
except KeyError:
    print('KeyError on remove')
print(len(s), sorted(k.name for k in s))
del members[2]
gc.collect()
print(len(s), sorted(k.name for k in s))
other = weakref.WeakSet(members[2:])
print(sorted(k.name for k in s & other), sorted(k.name for k in s | other))
print(sorted(k.name for k in s - other), s >= other, other <= s, s == weakref.WeakSet(s))
popped = s.pop()
print(popped in members, len(s))
s.clear()
print(len(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e)
print(weakref.WeakSet[int])
