# Comparisons with ints, floats and Fractions, FloatOperation, and hashes equal to theirs.
import decimal
from decimal import Decimal, localcontext, Context
from fractions import Fraction

d = Decimal('2.5')
print(d == Fraction(5, 2), d < 3, d > 2.4, d == 2.5, d != 2.5, 3 > d, Fraction(1, 3) < d)
print(Decimal('0.1') == 0.1, Decimal('0.1') < 0.1, Decimal(1) == 1.0, Decimal('1.0') == 1)
print(Decimal('-0') == 0, Decimal('1E+2') == 100, Decimal('inf') > 10 ** 100, Decimal('-inf') < -1e308)
print(Decimal(2) == complex(2, 0), Decimal(2) == 2j, Decimal(1) == 'a', Decimal(1) != None)
print(sorted([Decimal('1.5'), 1, Fraction(7, 5), 1.25, Decimal('-3')]))
print(max(Decimal('1.0'), Decimal('1.00')), min(Decimal(3), 2), Decimal('1.20') == Decimal('1.2'))

nan = Decimal('nan')
print(nan == nan, nan != nan, nan == 1, Decimal('snan') != 1 if False else 'skip')
with localcontext(Context(traps=[])) as ctx:
    print(nan < 1, ctx.flags[decimal.InvalidOperation])
for expr in ['nan < 1', 'Decimal("snan") == 1', 'nan >= Fraction(1, 2)']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

with localcontext(Context(traps=[decimal.FloatOperation])) as ctx:
    print(Decimal(1) == 1.0, ctx.flags[decimal.FloatOperation])
    for expr in ['Decimal(1) < 1.5', 'Decimal(0.5)', 'ctx.create_decimal(0.5)']:
        try:
            print(expr, eval(expr))
        except decimal.FloatOperation as e:
            print(expr, type(e).__name__, e, isinstance(e, TypeError))
    print(Decimal.from_float(0.5), ctx.create_decimal_from_float(0.25))
with localcontext() as ctx:
    print(Decimal(1) < 1.5, ctx.flags[decimal.FloatOperation])

for v in ['0', '-0', '1', '-1', '2.5', '0.1', '1E+30', '-123456789.125', '1E-30', '100', '1.000',
          'inf', '-inf']:
    x = Decimal(v)
    print(v, hash(x), hash(x) == hash(float(x)) if x == float(x) else 'inexact',
          hash(x) == hash(Fraction(*x.as_integer_ratio())) if x.is_finite() else hash(float(x)) == hash(x))
print(hash(Decimal(2 ** 70)) == hash(2 ** 70), hash(Decimal(-1)) == hash(-1))
print({Decimal('1.0'): 'a'}[1], Decimal('0.5') in {0.5}, len({Decimal(1), 1, 1.0, Fraction(1)}))
print(hash(nan) == hash(nan), hash(nan) == object.__hash__(nan))
try:
    hash(Decimal('snan'))
except TypeError as e:
    print(e)
for x, y in [('1', '2'), ('2', '1'), ('1.0', '1'), ('-0', '0'), ('nan', '1'), ('1', 'snan'), ('-nan', 'nan'), ('inf', 'nan')]:
    a, b = Decimal(x), Decimal(y)
    with localcontext(Context(traps=[])):
        print(x, y, a.compare(b), a.compare_total(b), a.compare_total_mag(b), a.max(b), a.min(b),
              a.max_mag(b), a.min_mag(b), a.compare_signal(b), a.same_quantum(b))
