# list.sort: stability, key called once per item, reverse stability, errors mid-sort leave a permutation.
calls = []


def key(v):
    calls.append(v)
    return v[0]


data = [('b', 1), ('a', 2), ('b', 0), ('a', 1)]
print(sorted(data, key=key), len(calls))
print(sorted(data, key=lambda p: p[0], reverse=True))
items = [3, 1, 2]
items.sort(key=lambda v: -v)
print(items)
mixed = [3, 1, 'x', 2]
try:
    mixed.sort()
except TypeError as e:
    print('TypeError:', e)
print(sorted(mixed, key=str), len(mixed))
lst = [5, 4, 3]
try:
    lst.sort(key=lambda v: lst.append(0) or v)
except ValueError as e:
    print('ValueError:', e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]), sorted('Banana', key=str.lower))
print(sorted([0.5, -1, True, 3]), sorted({'b': 1, 'a': 2}.items()), sorted([], reverse=True))
