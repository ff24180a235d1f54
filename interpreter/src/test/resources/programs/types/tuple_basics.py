# tuples: packing, unpacking, methods, immutability, comparisons, hashing, singletons.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])
print(t.count(2), t.index(3), (1,), (), tuple(), tuple('ab'), tuple([1, 2]))
a, b, c = t
print(a, b, c)
x, *y = t
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    t.index(7)
except ValueError as e:
    print('ValueError:', e)
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
try:
    hash(([],))
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = t
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c, d = t
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c, d = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
print(repr((1,)), repr(((),)), str((1, 'a', None)), (1, (2, (3,))))
nested = ([1], [2])
nested[0].append(10)
print(nested, 2 in t, 5 not in t, max(t), sum(t), sorted((3, 1, 2)))
