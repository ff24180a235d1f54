# Replays decimal_cases_<group>.txt (recorded from CPython by tools/record_decimal_cases.py;
# group: the argument, functions by default): every operation runs in its own context with no
# traps, and a line is printed only when the result or the raised flags differ from the
# recorded ones.
import decimal
import sys

SIGNALS = ['InvalidOperation', 'FloatOperation', 'DivisionByZero', 'Overflow', 'Underflow',
           'Subnormal', 'Inexact', 'Rounded', 'Clamped']


def evaluate(dec, op, prec, rounding, emin, emax, clamp, operands):
    """Run one operation with the decimal module dec; the text to compare."""
    c = dec.Context(prec=prec, rounding=getattr(dec, rounding), Emin=emin, Emax=emax,
                    clamp=clamp, traps=[])
    if op == 'create_decimal':
        args = [operands[0]]
    else:
        args = [dec.Decimal(x) for x in operands]
    try:
        r = getattr(c, op)(*args)
    except Exception as e:
        return 'raised %s: %s' % (type(e).__name__, e)
    text = ' '.join(str(x) for x in r) if isinstance(r, tuple) else str(r)
    flags = ','.join(s for s in SIGNALS if c.flags[getattr(dec, s)])
    return text + ' [' + flags + ']'


def replay(group):
    count = 0
    with open('decimal_cases_%s.txt' % group) as f:
        for line in f:
            op, prec, rounding, emin, emax, clamp, operands, expected = line.rstrip('\n').split('|')
            got = evaluate(decimal, op, int(prec), rounding, int(emin), int(emax), int(clamp),
                           operands.split(';'))
            count += 1
            if got != expected:
                print('DIFFERS', line.rstrip('\n'), 'got', got)
    print('replayed', count, 'operations of', group)


if __name__ == '__main__':
    replay(sys.argv[1] if len(sys.argv) > 1 else 'functions')
