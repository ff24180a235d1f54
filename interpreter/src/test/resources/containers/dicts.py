def sorted(iterable, key=None, reverse=False):
    # list.sort through a local helper: the snippets must not depend on the builtins module
    items = list(iterable)
    items.sort(key=key, reverse=reverse)
    return items
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 4; print(d, len(d), list(d), list(d.values()), list(d.items()))
del d['a']; d['a'] = 5; print(d)
t(lambda: d['zz'])
t(lambda: d[[1]])
t(lambda: {}[(1, [2])])
t(lambda: d.pop('zz'))
t(lambda: d.pop('zz', 7))
t(lambda: {}.popitem())
t(lambda: {1: 2}.get())
t(lambda: {}.pop())
t(lambda: dict([1]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([(1, 2), 'ab', [3, 4]]))
t(lambda: dict(1))
t(lambda: dict({}, {}))
t(lambda: dict(a=1, b=2))
t(lambda: dict({'a': 1}, a=2, c=3))
t(lambda: dict([('x', 1)], y=2))
t(lambda: {}.update([1]))
t(lambda: {}.update({}, {}))
t(lambda: dict.fromkeys('abc'))
t(lambda: dict.fromkeys([1, 2], []))
t(lambda: dict.fromkeys())
t(lambda: {1: 2} | {3: 4})
t(lambda: {1: 2} | [(3, 4)])
t(lambda: {1: 2, 3: 4} | {1: 5})
def ior():
    x = {1: 2}
    x |= [(5, 6)]
    x |= {1: 0}
    return x
t(ior)
t(lambda: {1: 2} == {1: 2.0}, )
t(lambda: {1: 2} < {1: 2})
t(lambda: {1: 2} != {1: 3})
t(lambda: {1: 2, 2: 3} == {2: 3, 1: 2})
p = {i: i * i for i in range(10)}
print([p.popitem() for _ in range(3)], p)
p[100] = 1; print(p, p.popitem(), p)
print(p.setdefault(1), p.setdefault(50), p.setdefault(51, 'x'), p)
e = {}
for i in range(100):
    e[i] = i
for i in range(0, 100, 3):
    del e[i]
print(list(e)[:10], len(e), 3 in e, 4 in e)
e.clear(); print(e, len(e))
def mutate():
    m = {1: 1, 2: 2}
    for k in m:
        m[k + 10] = 0
t(mutate)
def mutate2():
    m = {1: 1, 2: 2, 3: 3}
    for k in m:
        del m[k]
        m[k + 10] = 0
t(mutate2)
def mutate3():
    m = {1: 1, 2: 2, 3: 3}
    for v in m.values():
        m[1] = 9
    return m
t(mutate3)
def mutate4():
    s = {1, 2, 3}
    for v in s:
        s.add(v + 10)
t(mutate4)
ks = {'a': 1, 'b': 2, 'c': 3}.keys()
print(ks, ks & {'a', 'z'} == {'a'}, sorted(ks | {'z'}), sorted(ks - {'a'}), sorted(ks ^ {'a', 'z'}), ks == {'a', 'b', 'c'}, ks <= {'a', 'b', 'c', 'd'}, ks > {'a'})
its = {1: 2, 3: 4}.items()
print(its, (1, 2) in its, (1, 3) in its, [1, 2] in its, its & {(1, 2)}, its - {(3, 4)}, its.isdisjoint([(5, 6)]), ks.isdisjoint('xyz'))
vs = {1: 2, 3: 4}.values(); print(vs, list(reversed(vs)), 2 in vs, vs == vs, len(vs))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.items())), {1: 2}.keys().mapping, type({}.keys().mapping).__name__)
t(lambda: {}.keys()[0])
t(lambda: hash({}.keys()))
t(lambda: {1} | {1: 2}.keys())
t(lambda: {1, 5} - {1: 2}.keys())
t(lambda: {1: 2}.keys() | 1)
r = {}; r[1] = r; print(r, r.keys(), r.values(), r.items())
print(dict.fromkeys(range(5)), dict.fromkeys({3, 1, 2}, 0), dict.fromkeys({1: 2, 0: 3}))
print({True: 'a', 1: 'b', 1.0: 'c'}, {0: 1, False: 2, 0.0: 3}, {1: 'x'}.get(True))
c = {'x': 1}; c2 = c.copy(); c2['y'] = 2; print(c, c2, dict(c2), dict(c2.items()))
it = iter({1: 2, 3: 4}); print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big.items())[-2:], big.popitem(), len(big))
nan = float('nan'); nd = {nan: 1}; print(nd[nan], nan in nd, float('nan') in nd)
