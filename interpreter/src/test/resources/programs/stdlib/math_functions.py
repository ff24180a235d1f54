# math: constants and the float functions (transcendental results rounded to 12 places,
# since the last bit of a libm result is not part of the contract).
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(1e300), math.fabs(-3), math.fabs(-0.0))
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'atanh', 'exp', 'expm1', 'log1p', 'erf', 'erfc']:
    f = getattr(math, name)
    print(name, [round(f(x), 12) for x in (0.0, 0.25, 0.5, -0.75)])
print('acosh', [round(math.acosh(x), 12) for x in (1.0, 2.0, 10.0)])
print('gamma', [round(math.gamma(x), 10) for x in (0.5, 1.0, 5.0, 10.0, -1.5)])
print('lgamma', [round(math.lgamma(x), 10) for x in (0.5, 1.0, 3.0, 100.0)])
print(math.gamma(6), math.gamma(23), math.lgamma(1), math.lgamma(2))
print(math.exp(0), math.exp2(10), round(math.exp(1), 12), math.exp(-1000))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(round(math.log(2 ** 1100), 9), math.log10(10 ** 300), round(math.log2(3), 12))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(-1, math.inf), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(0.0, 3))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.0)).__name__, math.floor(10 ** 20), math.ceil(1e20), math.floor(True))


class Num:
    def __floor__(self):
        return 'floored'

    def __ceil__(self):
        return 'ceiled'

    def __trunc__(self):
        return 'truncated'

    def __float__(self):
        return 2.5


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.sin(math.inf) if False else 'skip', math.tanh(math.inf), math.atan(math.inf), math.exp(-math.inf))
print(math.sqrt(math.inf), math.isnan(math.sqrt(math.nan)), math.copysign(3, -0.0), math.copysign(-3, 1))
