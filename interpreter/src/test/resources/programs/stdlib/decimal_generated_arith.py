# Replays decimal_cases_arith.txt (recorded from CPython by tools/record_decimal_cases.py):
# every operation runs in its own context with no traps, and a line is printed only when the
# result or the raised flags differ from the recorded ones.
import decimal

SIGNALS = ['InvalidOperation', 'FloatOperation', 'DivisionByZero', 'Overflow', 'Underflow',
           'Subnormal', 'Inexact', 'Rounded', 'Clamped']


def evaluate(op, prec, rounding, emin, emax, clamp, operands):
    c = decimal.Context(prec=prec, rounding=getattr(decimal, rounding), Emin=emin, Emax=emax,
                        clamp=clamp, traps=[])
    if op == 'create_decimal':
        args = [operands[0]]
    else:
        args = [decimal.Decimal(x) for x in operands]
    try:
        r = getattr(c, op)(*args)
    except Exception as e:
        return 'raised %s: %s' % (type(e).__name__, e)
    text = ' '.join(str(x) for x in r) if isinstance(r, tuple) else str(r)
    flags = ','.join(s for s in SIGNALS if c.flags[getattr(decimal, s)])
    return text + ' [' + flags + ']'


NAME = __file__.replace('.py', '.txt').replace('decimal_generated_', 'decimal_cases_')
count = 0
with open(NAME) as f:
    for line in f:
        op, prec, rounding, emin, emax, clamp, operands, expected = line.rstrip('\n').split('|')
        got = evaluate(op, int(prec), rounding, int(emin), int(emax), int(clamp),
                       operands.split(';'))
        count += 1
        if got != expected:
            print('DIFFERS', line.rstrip('\n'), 'got', got)
print('replayed', count, 'operations')
