# dict views: keys/values/items, set operations, live updates, reversed, mapping attribute.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(len(k), list(v), ('d', 4) in i, 'a' in k, 2 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(sorted(i & {('a', 1), ('b', 99)}), k == {'a', 'b', 'c', 'd'}, k.isdisjoint({'q'}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k.mapping, type(k.mapping).__name__)
try:
    k[0]
except TypeError as e:
    print('TypeError:', e)
try:
    hash(i) if False else {k}
except TypeError as e:
    print('TypeError:', e)
print(v == v, d.values() == d.values())
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d2 = {1: 1, 2: 2}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print('RuntimeError:', e)
d3 = {1: 1}
try:
    for key in d3.keys():
        d3.pop(key)
        d3[key + 10] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(d3)
d4 = {1: 'a', 2: 'b'}
for key in d4:
    d4[key] = 'changed values are fine'
print(d4)
print(dict(zip(d.values(), d.keys())))
