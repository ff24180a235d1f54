# Decimal arithmetic operators with Decimals and ints, and the integral conversions.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR
import math

a, b = Decimal('7.25'), Decimal('-2.5')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +b, abs(b))
print(a + 1, 1 + a, a - 3, 3 - a, a * 4, 4 * a, a / 4, 4 / a, 10 // a, 10 % a, divmod(10, a))
print(2 ** Decimal(3), Decimal(2) ** -2, Decimal('1.00') ** 3, Decimal('0.1') ** -1)
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(-7) // 2, Decimal(-7) % 2, -7 // 2, -7 % 2)
print(Decimal('0.1') + Decimal('0.2'), Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.2'))
print(Decimal('1e999999') * 1 if False else Decimal('12345678901234567890123456789012345') + 0)
print(pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 7))

for op in ['a / 0', 'Decimal(0) / 0', 'a // 0', 'a % 0', 'Decimal(-1) ** Decimal("0.5")',
           'Decimal("snan") + 1', 'Decimal(10) ** Decimal(10 ** 20)']:
    try:
        print(op, '=', eval(op))
    except Exception as e:
        print(op, '!', type(e).__name__, e)

for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR]:
    with localcontext() as ctx:
        ctx.prec = 4
        ctx.rounding = mode
        print(mode, Decimal(2) / 3, Decimal(-2) / 3, Decimal('1.23456') + 0, Decimal('-9.9995') * 1,
              ctx.flags[__import__('decimal').Inexact])

with localcontext(prec=6) as ctx:
    print(Decimal(1) / 7, Decimal(123456789) * 1, Decimal('0.5') - Decimal('0.5'), ctx.prec)
with localcontext(rounding=ROUND_FLOOR):
    print(Decimal('0.5') - Decimal('0.5'), Decimal('-0') + Decimal('0'))

values = ['2.5', '3.5', '-2.5', '2.675', '-0.4', '1E+2', '123.456']
for v in values:
    d = Decimal(v)
    print(v, int(d), math.trunc(d), math.floor(d), math.ceil(d), round(d), round(d, 1),
          round(d, -1), float(d), complex(d), bool(d))
print(bool(Decimal(0)), bool(Decimal('0E+5')), bool(Decimal('nan')), int(Decimal('-0.9')))
for bad in ['nan', 'inf', '-inf', 'snan']:
    for fn in (int, round, math.floor):
        try:
            fn(Decimal(bad))
        except Exception as e:
            print(bad, fn.__name__, type(e).__name__, e)
try:
    float(Decimal('snan'))
except ValueError as e:
    print(e)
print(float(Decimal('nan')), float(Decimal('-inf')), round(Decimal('2.5'), 0), round(Decimal('1.25'), 1))
