# enumerate, zip (strict), map, filter, reversed: results, laziness, errors.
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], 5)))
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip()), list(zip('ab')))
print(list(zip('abc', range(2))))
try:
    list(zip('abc', range(2), strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip('a', range(2), strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip('ab', 'ab', 'abc', strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip('ab', 'cd', strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(str.upper, 'ab')))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda n: n % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
m = map(lambda x: print('mapping', x) or x, [1, 2])
print('map created')
print(next(m))
print(type(enumerate('')).__name__, type(zip()).__name__, type(m).__name__, type(filter(None, [])).__name__)
print(type(reversed([])).__name__, type(reversed('')).__name__)
for bad in [lambda: zip(1), lambda: map(abs), lambda: enumerate(5), lambda: reversed({1}), lambda: filter(None, 3),
            lambda: list(map(len, [1]))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
e = enumerate('xy')
print(iter(e) is e, next(e), list(e), list(e))
z = zip([1, 2, 3], 'ab')
print(list(z))
print(dict(enumerate('ab')), list(zip(*[(1, 'a'), (2, 'b')])))
