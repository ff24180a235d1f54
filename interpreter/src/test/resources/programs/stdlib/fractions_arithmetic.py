# fractions.Fraction: construction, normalisation, arithmetic with int/float/complex
from fractions import Fraction as F
import math

print(repr(F(6, -8)), F(6, -8), F(5), F(0, 7), F(F(1, 3), F(2, 5)), F(3.75), F(-0.1))
for text in ['1/3', ' -7/21 ', '1.5e3', '-.5', '1_000/3', '2.25', '5.E2', '1.', '+3']:
    print(repr(text), repr(F(text)))
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(F(-2, 7)))
print(a + 1, 1 - a, 2 * a, 3 / a, a ** 2, a ** -2, F(-2, 3) ** -3, a ** 0)
print(a + 0.25, 0.5 * a, a / 2.0, a + 1j, a ** 0.5, 4 ** F(1, 2), 2 ** F(3), F(1, 2) ** F(1, 2))
print(7 // a, 7 % a, divmod(-7, a), F(-7, 2) // 1, F(-7, 2) % 3)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1555), -1))
print(a < b, a <= 0.75, a == 0.75, a == F(6, 8), a > 0, F(1, 2) == 0.5 + 0j, F(1) == 1)
print(a < float('inf'), a > float('-inf'), a == float('nan'), sorted([b, a, F(1, 100), 0.5]))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 3)) == hash(F(2, 6)))
print(bool(F(0)), bool(a), a.numerator, a.denominator, a.as_integer_ratio(), a.real, a.imag)
print(isinstance(a, F), type(a + 1).__name__, type(a + 1.0).__name__, type(a ** F(1, 2)).__name__)
for bad in (lambda: F(1, 0), lambda: F('abc'), lambda: F('3/-4'), lambda: F('1e'),
            lambda: F('.'), lambda: F(1.5, 2), lambda: F(None), lambda: F(float('nan')),
            lambda: F(float('inf')), lambda: F(0) ** -1, lambda: a / 0, lambda: a // F(0),
            lambda: a + 'x', lambda: a < 'x'):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
