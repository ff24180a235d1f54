# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(2))), list(product()), list(product('ab', repeat=2)))
print(list(product([1, 2], [])), len(list(product(range(3), repeat=3))))
print(list(permutations('abc', 2)))
print(list(permutations(range(3))), list(permutations('ab', 0)), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(3), 3)), list(combinations('ab', 5)))
print(list(combinations('abc', 0)), list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
for expr in ['permutations([1], -1)', 'combinations([1], -1)', 'combinations([1])',
             'product([1], repeat=-1)', 'product(1)', 'permutations(1)',
             'combinations_with_replacement("ab", -2)', 'permutations("ab", "x")']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
