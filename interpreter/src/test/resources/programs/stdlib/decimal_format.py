# str, repr, to_eng_string and format() of Decimals.
from decimal import Decimal, localcontext

values = ['0', '-0', '1.5', '-1.50', '1234567.891', '0.000012345', '1E+5', '-1.2E-8', '123456789',
          '0.00', '0E+3', '9.999', '12.5', '100', '1E-7', 'inf', '-nan', 'snan7']
for v in values:
    d = Decimal(v)
    print(v, str(d), d.to_eng_string(), repr(d))
for v in ['1.2E+5', '0E-8', '0E+7', '0E-7', '123E-9', '-5E+10', '1E+1', '0.1E-9']:
    print(v, Decimal(v).to_eng_string())

specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', '.2', 'G', '%', '.1%', ',', ',.2f',
         '012.3f', '+.1e', ' g', '>12', '<12.2f', '^14,.3f', '*^15', 'z.1f', '010,.1f', 'n', '.3n',
         '020,', '0=10', '.0e', '.10g', '013,.2e', '-^9.1f']
for v in ['0', '-0', '1.5', '-1234567.891', '0.000012345', '1E+5', '2.675', '-0.0001', 'inf', '-nan']:
    d = Decimal(v)
    print(v, ' | '.join(format(d, s) for s in specs))
print(f'{Decimal("3.14159"):.3f} {Decimal("42"):>6} {Decimal("-1.5"):+08.2f}')
with localcontext() as ctx:
    ctx.capitals = 0
    print(str(Decimal('1E+10')), format(Decimal('1E+10'), ''), format(Decimal('12345'), '.2'))
    ctx.rounding = 'ROUND_DOWN'
    print(format(Decimal('2.675'), '.2f'), format(Decimal('9.99'), '.1e'))
for bad in ['#f', '_f', '.f', 'x', '10.2d', ',n']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), e)
print('%s %r' % (Decimal('1.10'), Decimal('-0.0')), '{:,.2f}'.format(Decimal('1234567.899')))
