# Dicts keep insertion order; equality ignores order; keys equal across int/float/bool merge.
d1 = {'a': 1, 'b': 2}
d2 = {'b': 2, 'a': 1}
print(d1 == d2, list(d1) == list(d2), list(d1), list(d2))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d = {0: 'a', 1: 'b', 2: 'c'}
del d[1]
d[1] = 'b again'
print(list(d.items()))
d.update({0: 'updated'})
print(list(d))
popped = d.pop(0)
d[0] = popped
print(list(d))
print({**{'x': 1, 'y': 2}, 'x': 3}, dict([('a', 1), ('a', 2)]))
print(list({k: None for k in [3, 1, 3, 2, 1]}))
import collections
print(collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1), collections.OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
