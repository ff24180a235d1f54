# itertools: count, cycle, repeat, with reprs, and islice over them.
from itertools import count, cycle, repeat, islice

c = count()
print(c, next(c), next(c), c)
print(list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(step=-1), 3)))
print(repr(count(1.5, 2)), repr(count(3, 1)), repr(count(0, 1.0)))
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(islice(cycle(range(3)), 7)))
r = repeat('x', 3)
print(r, list(r), r, list(repeat(1, 0)), list(repeat(1, -2)), repr(repeat(None)))
print(list(islice(repeat(7), 4)), list(map(pow, range(4), repeat(2))))
print(list(zip(count(), 'abc')))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice('abcdefg', None)), list(islice('abc', 1, 100)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(type(c).__name__, type(r).__name__, type(islice('', 1)).__name__)
for expr in ['count("a")', 'repeat()', 'islice(range(3), -1)', 'islice(range(3), "a")',
             'islice()', 'islice(range(10), 1, 2, 0)', 'islice(range(3), 1, -1)', 'islice(3, 1)',
             'cycle(1)', 'repeat(1, "x")']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
