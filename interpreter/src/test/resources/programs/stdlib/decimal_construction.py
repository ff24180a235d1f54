# Decimal construction from str, int, float, tuple and Decimal; str/repr round trips.
from decimal import Decimal, Context, getcontext, InvalidOperation

texts = ['0', '-0', '1.50', '  12.5\n', '1_000_000.000_1', '+.5', '5.', '1e5', '1E-7',
         '-123.456e-10', '0.000001', '0.0000001', '123E+5', '-0E-3', '0E+7', 'inf',
         '-Infinity', 'nan', 'NaN0012', '-sNaN12', 'snan', '\u0661\u0662.5', '1e-1000000']
for t in texts:
    d = Decimal(t)
    print(repr(t), '->', repr(d), str(d), d.as_tuple())

for bad in ['', ' ', '1 2', '.', 'abc', '1e', '--1', 'infinit', 'nan1.5', '1.2.3']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)

for n in [0, 7, -7, 10**30, -2**70]:
    print(n, repr(Decimal(n)), Decimal(n).as_tuple())

for f in [0.1, -2.5, 1e300, 5e-324, float('inf'), float('-inf'), -0.0]:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal(float('nan'))), Decimal.from_float(3))

tuples = [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 'F'), (1, (4, 2), 'n'), (0, [], 'N'),
          (0, (0, 0, 1), 0)]
for tup in tuples:
    print(tup, repr(Decimal(tup)))
for bad in [(0, (1,)), (2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, 'ab', 0)]:
    try:
        Decimal(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)

for bad in [1j, None, [1, 2], b'1']:
    try:
        Decimal(bad)
    except Exception as e:
        print(type(e).__name__, e)

d = Decimal('3.14')
print(Decimal(d) is d, Decimal(d) == d)
c = Context(prec=3)
print(c.create_decimal('3.14159'), c.create_decimal(22), c.create_decimal(0.1),
      c.create_decimal_from_float(2.675), c.create_decimal(d), c.create_decimal())
print(Decimal('1.5').as_integer_ratio(), Decimal('-0.125').as_integer_ratio(),
      Decimal('1E+3').as_integer_ratio(), Decimal(0).as_integer_ratio())
for bad in ['inf', 'nan']:
    try:
        Decimal(bad).as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)

class MyDecimal(Decimal):
    pass
m = MyDecimal('2.5')
print(type(m).__name__, repr(m), type(MyDecimal.from_float(0.5)).__name__, m + 1)
print(Decimal('1.230').adjusted(), Decimal('0.001').adjusted(), Decimal('inf').adjusted())
print(getcontext().prec, Decimal('1' * 40))
