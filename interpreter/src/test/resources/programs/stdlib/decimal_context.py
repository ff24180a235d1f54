# Contexts: attributes, validation, flags and traps, the signals and their hierarchy.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext)

print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
c = Context(prec=5, rounding=decimal.ROUND_UP, Emin=-9, Emax=9, capitals=0, clamp=1,
            flags=[decimal.Inexact], traps=[decimal.Overflow])
print(c, c.Etiny(), c.Etop())
c2 = c.copy()
c2.prec = 7
print(c.prec, c2.prec, c2.flags[decimal.Inexact], c2.traps[decimal.Overflow])
print(Decimal('1.23E+5').__str__(context=c) if False else c.to_sci_string(Decimal('1.23E+5')))
c.clear_flags()
c.clear_traps()
print(c)
print(c.flags)

for kwargs in [dict(prec=0), dict(prec='a'), dict(rounding='x'), dict(Emin=5), dict(Emax=-5),
               dict(capitals=2), dict(clamp=3), dict(flags=5), dict(traps={decimal.Inexact: 1}),
               dict(prec=1.5)]:
    try:
        Context(**kwargs)
    except Exception as e:
        print(kwargs, type(e).__name__, e)
for name, value in [('prec', -1), ('rounding', 1), ('Emax', 10**20)]:
    try:
        setattr(c, name, value)
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    c.unknown = 1
except AttributeError as e:
    print(e)
try:
    del c.prec
except AttributeError as e:
    print(e)

signals = [decimal.Clamped, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Inexact,
           decimal.Rounded, decimal.Subnormal, decimal.Overflow, decimal.Underflow,
           decimal.FloatOperation, decimal.ConversionSyntax, decimal.DivisionImpossible,
           decimal.DivisionUndefined, decimal.InvalidContext, decimal.DecimalException]
for s in signals:
    print(s.__name__, s.__module__, [k.__name__ for k in s.__mro__[1:-2]])
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError))

ctx = Context(prec=3, traps=[])
print(ctx.divide(1, 3), ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
print(ctx.divide(1, 0), ctx.divide(0, 0), ctx.sqrt(-1), ctx)
ctx = Context(traps=[decimal.Inexact, decimal.Rounded, decimal.Overflow, decimal.Subnormal])
for expr in ['ctx.divide(1, 3)', 'ctx.multiply(Decimal("1e999999"), 10)', 'ctx.create_decimal("1e-1000020")',
             'ctx.create_decimal("x")', 'ctx.add(1, 2)']:
    try:
        print(expr, eval(expr))
    except decimal.DecimalException as e:
        print(expr, type(e).__name__, e)

old = getcontext()
setcontext(Context(prec=4))
print(getcontext().prec, Decimal(2).sqrt())
setcontext(old)
print(getcontext() is old, Decimal(2).sqrt())
with localcontext(Context(prec=2)) as lc:
    print(lc.prec, Decimal(1) / 3, getcontext() is lc)
print(getcontext().prec)
with localcontext(prec=10, rounding=decimal.ROUND_DOWN, Emax=100) as lc:
    print(lc)
for bad in [dict(precision=3), dict(prec='x')]:
    try:
        with localcontext(**bad):
            pass
    except Exception as e:
        print(type(e).__name__, e)
try:
    setcontext(5)
except TypeError as e:
    print(e)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
