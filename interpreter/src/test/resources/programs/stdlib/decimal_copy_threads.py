# Copying and reducing Decimals and Contexts, one context per thread, subclasses.
import copy
import decimal
import threading
from decimal import Decimal, Context, getcontext, setcontext, localcontext

d = Decimal('-1.50')
print(copy.copy(d), copy.deepcopy(d), d.__reduce__())
for v in ['sNaN12', '-Infinity', '1E+999', '0E-7']:
    cls, args = Decimal(v).__reduce__()
    print(v, repr(cls(*args)))
c = Context(prec=7, rounding=decimal.ROUND_DOWN, traps=[decimal.Inexact], flags=[decimal.Rounded])
cls, args = c.__reduce__()
c2 = cls(*args)
print(c2)
print(c2.prec, c2.traps[decimal.Inexact], c2.flags[decimal.Rounded], copy.copy(c) is c)
c3 = copy.copy(c)
c3.traps[decimal.Inexact] = False
print(c.traps[decimal.Inexact], c3.traps[decimal.Inexact])

results = []
def work(p):
    getcontext().prec = p
    results.append((p, str(Decimal(1) / 7), getcontext().prec))
threads = [threading.Thread(target=work, args=(p,)) for p in (3, 5, 8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), getcontext().prec)

def in_thread():
    results.append(('fresh', str(getcontext())))
getcontext().prec = 12
t = threading.Thread(target=in_thread)
t.start()
t.join()
print(results[-1])
getcontext().prec = 28

setcontext(decimal.BasicContext)
print(getcontext() is decimal.BasicContext, getcontext().prec)
setcontext(decimal.DefaultContext)
with localcontext(decimal.ExtendedContext) as ctx:
    print(ctx is decimal.ExtendedContext, Decimal(1) / 0, ctx.flags[decimal.DivisionByZero])
print(decimal.ExtendedContext.flags[decimal.DivisionByZero])

class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money('19.99')
print(m, repr(m), type(m + 1).__name__, type(-m).__name__, isinstance(m, Decimal))
print(repr(Money.from_float(0.5)), repr(m.__reduce__()[0](*m.__reduce__()[1])), m == Decimal('19.99'))
print(hash(m) == hash(Decimal('19.99')), repr(copy.copy(m)))
