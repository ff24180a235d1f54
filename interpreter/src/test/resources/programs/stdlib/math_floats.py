# math: exact summation, distances, float decomposition and neighbours, isclose.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1, 1e-16, 1e-16]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf]), math.isnan(math.fsum([math.nan, 1])))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(-3, 4.0))
print(math.hypot(math.inf, math.nan), math.isnan(math.hypot(math.nan, 1)), math.hypot(1e200, 1e200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((), ()))
print(math.frexp(0.1), math.frexp(8), math.frexp(-1.0), math.frexp(0.0), math.frexp(5e-324))
print(math.ldexp(0.5, 3), math.ldexp(1, -1074), math.ldexp(1, -1080), math.ldexp(-0.0, 10))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(-math.inf), math.modf(2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(1, math.inf))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7, 3), math.remainder(3, math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(2.0, 2.0))
print(math.nextafter(0.0, -1.0), math.nextafter(math.inf, 0))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))

for expr in ['math.isclose(1, 2, rel_tol=-1)', 'math.isclose(1)', 'math.isclose(1, 2, 3)',
             'math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308])', 'math.fsum(["a"])',
             'math.dist([1], [1, 2])', 'math.dist(1, 2)', 'math.hypot("a")', 'math.ldexp(1.0, 1.5)',
             'math.ldexp(1.0, 2000)', 'math.fmod(1, 0)', 'math.fmod(math.inf, 1)',
             'math.remainder(1, 0)', 'math.nextafter(1)', 'math.ulp()', 'math.frexp("x")',
             'math.modf(1, 2)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
