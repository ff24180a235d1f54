# WeakValueDictionary: entries go when their values die
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


cache = weakref.WeakValueDictionary()
items = [Obj(i) for i in range(6)]
for o in items:
    cache['k%d' % o.n] = o
print(len(cache), sorted(cache))
print(cache['k3'], cache.get('k9', 'missing'), 'k2' in cache, 'k9' in cache)
del items[0:3]
gc.collect()
print(len(cache), sorted(cache))
try:
    cache['k0']
except KeyError as e:
    print('KeyError', e)
print(sorted(cache.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in cache.values()))
print(cache.pop('k3'), len(cache))
print(cache.pop('nope', 'dflt'))
try:
    cache.pop('nope')
except KeyError as e:
    print('KeyError', e)
extra = Obj(7)
print(cache.setdefault('k7', extra) is extra, cache.setdefault('k7', Obj(8)) is extra)
copy = cache.copy()
print(type(copy).__name__, sorted(copy))
del cache['k4']
print(sorted(cache), sorted(copy))
refs = cache.valuerefs()
print(len(refs), all(isinstance(r, weakref.KeyedRef) for r in refs), sorted(r.key for r in refs))
cache.update({'u': extra}, v=extra)
print(sorted(cache))
print(repr(cache).startswith('<WeakValueDictionary at 0x'))
merged = cache | {'z': extra}
print(type(merged).__name__, sorted(merged))
k, v = cache.popitem()
print(type(k).__name__, type(v).__name__)
try:
    cache[1] = 5
except TypeError as e:
    print(e)
del items
gc.collect()
print(sorted(cache))
