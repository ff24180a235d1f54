# float methods: is_integer, as_integer_ratio, hex, fromhex, round, math functions on specials.
import math
for v in [1.0, 1.5, -2.0, 1e300, 0.0]:
    print(v, v.is_integer(), v.as_integer_ratio())
for v in [1.0, 0.1, -2.5, 0.0, -0.0, 1e-320, float('inf'), 3.0e100]:
    print(repr(v), v.hex())
for text in ['0x1.8p1', '0x1p-1074', '-0x1.fffffffffffffp+1023', 'inf', '0x10', '0X.8P0']:
    print(text, float.fromhex(text))
try:
    float.fromhex('0x1p5000')
except OverflowError as e:
    print('OverflowError:', e)
try:
    float.fromhex('xyz')
except ValueError as e:
    print('ValueError:', e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError:', e)
for x in [2.5, 3.5, -2.5, 0.5, 1.5, 2.675]:
    print(x, round(x), round(x, 1), round(x, -1), type(round(x)).__name__)
print(round(1234.5678, -2), round(5e-324, 400), round(1e300, -300))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3))
print(math.isnan(float('nan')), math.isinf(-math.inf), math.isfinite(1e308), math.copysign(1, -0.0))
print(math.sqrt(2), math.pi, math.e, math.fsum([0.1] * 10), math.gcd(12, 18), math.factorial(20))
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
