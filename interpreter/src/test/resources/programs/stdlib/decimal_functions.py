# quantize, sqrt, exp, ln, log10, powers and the other methods of Decimal.
import decimal
from decimal import Decimal, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP

for v in ['1.23456', '-2.5', '1E+3', '0.001', '123.5']:
    d = Decimal(v)
    print(v, d.quantize(Decimal('0.01')), d.quantize(Decimal('1'), rounding=ROUND_HALF_UP),
          d.quantize(Decimal('1E+1')), d.to_integral_value(), d.to_integral_exact(ROUND_DOWN),
          d.normalize(), d.sqrt() if d >= 0 else '-', d.logb(), d.scaleb(3), d.number_class())
try:
    Decimal('123.456').quantize(Decimal('1E-30'))
except decimal.InvalidOperation as e:
    print('quantize', e)

with localcontext(prec=20):
    for v in ['2', '0.5', '10', '1E-10', '123456.789', '1', '0.999']:
        d = Decimal(v)
        print(v, d.sqrt(), d.exp(), d.ln(), d.log10(), d ** Decimal('0.5'), d ** Decimal('1.5'))
    print(Decimal(-1).exp(), Decimal(100).log10(), Decimal('0.001').log10(), Decimal('inf').ln(),
          Decimal('-inf').exp(), Decimal(0).ln(), Decimal(0).exp(), Decimal('0.000').sqrt())
with localcontext(prec=50):
    print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln())
print(Decimal(2) ** 100, Decimal('1.5') ** 10, Decimal(2) ** Decimal('0.5'), Decimal(4) ** Decimal('0.5'))
print(Decimal('1.0000001') ** 1000000000, Decimal(10) ** -5, Decimal('-2') ** -3, Decimal(0) ** 5)

with localcontext(Context(prec=9, traps=[])) as ctx:
    print(Decimal(0).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(2),
          Decimal('9.99E+999999').next_plus(), Decimal('-inf').next_plus())
    print(Decimal(123).shift(2), Decimal(123).shift(-1), Decimal(123).rotate(-1), Decimal(123).rotate(3))
    print(Decimal(101).logical_and(110), Decimal(101).logical_or(110), Decimal(101).logical_xor(110),
          Decimal(101).logical_invert(), Decimal(2).logical_and(1))
    print(Decimal(7).remainder_near(2), Decimal(-7).remainder_near(4), Decimal(10).remainder_near(6))
    print(Decimal(2).fma(3, 4), Decimal('1.5').fma(2, Decimal('-3')), ctx.power(2, 10, 1000))
    print(Decimal(0).logb(), Decimal('inf').logb(), ctx.flags[decimal.DivisionByZero])
    print(Decimal('-1.5').copy_abs(), Decimal(1).copy_negate(), Decimal(3).copy_sign(Decimal('-0')))
    print([Decimal(v).number_class() for v in ['0', '-0', '1', '-1E-999999', 'inf', '-inf', 'nan', 'snan']])
    print(Decimal('1E-999999').is_normal(), Decimal('1E-1000000').is_subnormal(), Decimal(1).is_canonical(),
          Decimal('nan').is_qnan(), Decimal('snan').is_snan(), Decimal('-0').is_signed(), Decimal(0).is_zero())
    print(Decimal(5).radix(), Decimal(5).canonical(), Decimal('1.5').real, Decimal('1.5').imag, Decimal(2).conjugate())
with localcontext(Context(prec=5, Emin=-10, Emax=10, traps=[])) as ctx:
    for expr in ['Decimal("1.2345678E+10") * 10', 'Decimal("1E-12") / 7', 'Decimal("1E-16") * 1',
                 'Decimal("9.9999E+10") + 1', 'Decimal(2) ** 100', 'Decimal("1E-20").exp()']:
        ctx.clear_flags()
        r = eval(expr)
        print(expr, r, sorted(s.__name__ for s, v in ctx.flags.items() if v))
with localcontext(Context(prec=5, Emax=10, clamp=1, traps=[])):
    print(Decimal('1E+10') + 0, Decimal('1.2E+8') * 1, Decimal('1E+10').normalize())
