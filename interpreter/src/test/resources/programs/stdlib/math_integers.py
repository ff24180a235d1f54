# math: the exact integer functions.
import math

print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(True))
print(math.factorial(0), math.factorial(5), math.factorial(30))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 4), math.perm(5, None))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 8), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2 ** 70, 3))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod([1.5, 2]), math.prod(['a'], start=3), math.prod([[1]], start=2))
print(type(math.gcd(True, 4)).__name__, math.gcd(True, 4))


class Idx:
    def __index__(self):
        return 12


print(math.gcd(Idx(), 8), math.isqrt(Idx()), math.factorial(Idx()), math.comb(Idx(), 2))

for expr in ['math.isqrt(-1)', 'math.isqrt(2.0)', 'math.factorial(-1)', 'math.factorial(1.5)',
             'math.factorial("3")', 'math.comb(-1, 2)', 'math.comb(5, -1)', 'math.comb(1.0, 2)',
             'math.perm(-3)', 'math.perm(3, -1)', 'math.gcd(1.5)', 'math.gcd(2, "a")',
             'math.lcm(2.0, 4)', 'math.prod(1)', 'math.prod()', 'math.comb(5)',
             'math.prod([1], 2)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
