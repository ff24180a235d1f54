# dict methods, ordering, merging, errors.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d))
print(d.get('a'), d.get('zz'), d.get('zz', 0), d.setdefault('a', 99), d.setdefault('n', []))
print(d.pop('n'), d.pop('missing', 'default'), d)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict(d) == d)
print(d | {'a': 'new'}, {'a': 'new'} | d)
e = d.copy()
e |= {'q': 0}
print(e, d == e, {1: 2} == {1: 2.0})
del e['q']
e.clear()
print(e)
errors = [lambda: {}['missing'], lambda: {}.pop('k'), lambda: {}.popitem(), lambda: {[]: 1},
          lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {'a': 1} | [('b', 2)],
          lambda: {}.update(5), lambda: dict(1), lambda: {(1, [2]): 0}]
for f in errors:
    try:
        f()
    except (KeyError, TypeError, ValueError) as err:
        print(type(err).__name__ + ':', err)
print(repr({}), {1: {2: {}}}, {None: None, True: False, (1,): ()}, {1: 'a', 1.0: 'b'})
r = {}
r['self'] = r
print(r)
ordered = {}
for k in [5, 3, 9, 1]:
    ordered[k] = k * k
del ordered[3]
ordered[3] = 'readded'
print(ordered, list(reversed(ordered)), next(iter(ordered)))
print({k: v for k, v in zip('abc', range(3))}, {**{'a': 1}, **{'a': 2}})
