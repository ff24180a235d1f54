# math with infinities, NaN, signed zeros and exact integer functions
import math

inf, nan = math.inf, math.nan
print(math.isinf(-inf), math.isnan(nan), math.isfinite(1e308), math.copysign(0.0, -1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.factorial(20), math.isqrt(10 ** 20 + 1))
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(-7, 3), math.remainder(7, 3), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0.0), math.expm1(0.0))
print(math.degrees(math.pi), math.radians(180), math.atan2(-0.0, -1.0))
for expr in ['math.sqrt(-1)', 'math.log(0)', 'math.factorial(-1)', 'math.comb(3, -1)', 'math.exp(1000)', 'math.isqrt(-1)']:
    try:
        eval(expr)
    except (ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)
