# itertools: the iterators that stop with their shortest input.
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, groupby,
                       pairwise, starmap, takewhile, tee, zip_longest)

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([])))
print(list(accumulate([1, 2], initial=5)), list(accumulate([], initial=0)), list(accumulate('abc')))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, ['ab', 'cd'])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), len(tee('x', 3)), tee('x', 0))
print(list(zip_longest('abc', 'x', fillvalue='-')), list(zip_longest()), list(zip_longest('ab', [1, 2, 3])))
for expr in ['list(chain(1))', 'chain.from_iterable(1).__next__()', 'groupby(1)', 'pairwise(1)',
             'starmap(1, 1)', 'compress(1, 1)', 'tee([1], -1)', 'zip_longest(1)',
             'list(accumulate([1, "a"]))', 'list(starmap(pow, [1]))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
