#!/usr/bin/env python3
"""Record randomly generated decimal operations and CPython's results for them.

Writes programs/stdlib/decimal_cases_<group>.txt (arith, misc, functions): one operation a line, with its context,
operands, and what CPython 3.11 returned (str of the result, or the tuple of results) and
which flags it raised.  The differential program decimal_generated.py (run as the cases
decimal_generated, decimal_generated_arith and decimal_generated_misc) reads these files and
prints every line whose result differs, so its goldens (recorded by record_program_goldens.py)
hold no difference lines, and Taipan must reproduce each result digit for digit without
python3 at test time.

Usage: tools/record_decimal_cases.py [--seed N]
"""

import decimal
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, '..', 'interpreter', 'src', 'test', 'resources', 'programs', 'stdlib')
sys.path.insert(0, OUT_DIR)
from decimal_generated import evaluate  # the replaying program's own evaluation, run here on CPython

ROUNDINGS = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
             'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']
# operation name -> number of Decimal operands
ARITH = {'add': 2, 'subtract': 2, 'multiply': 2, 'divide': 2, 'divide_int': 2,
         'remainder': 2, 'remainder_near': 2, 'divmod': 2, 'fma': 3, 'plus': 1, 'minus': 1,
         'abs': 1, 'quantize': 2, 'to_integral_exact': 1, 'to_integral_value': 1,
         'normalize': 1, 'compare': 2, 'compare_signal': 2, 'compare_total': 2,
         'compare_total_mag': 2, 'max': 2, 'min': 2, 'max_mag': 2, 'min_mag': 2,
         'next_plus': 1, 'next_minus': 1, 'next_toward': 2, 'logb': 1, 'scaleb': 2,
         'shift': 2, 'rotate': 2, 'copy_sign': 2, 'number_class': 1, 'create_decimal': 1,
         'to_sci_string': 1, 'to_eng_string': 1, 'same_quantum': 2}
FUNCTIONS = {'sqrt': 1, 'exp': 1, 'ln': 1, 'log10': 1, 'power': 2}


def random_operand(rng, small_exp=False):
    r = rng.random()
    if r < 0.03:
        return rng.choice(['Infinity', '-Infinity', 'NaN', '-NaN', 'sNaN', 'NaN12', 'sNaN3'])
    if r < 0.08:
        return rng.choice(['0', '-0', '0E-5', '0.000', '-0E+3', '0E+2'])
    ndigits = rng.choice([1, 1, 2, 3, 4, 5, 7, 9, 12, 16, 20, 28, 35])
    digits = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(ndigits - 1))
    if rng.random() < 0.2:
        digits = digits[:max(1, ndigits // 2)] + '0' * (ndigits - max(1, ndigits // 2))
    if small_exp:
        exp = rng.randint(-6, 3)
    else:
        exp = rng.choice([rng.randint(-8, 8), rng.randint(-40, 40), rng.randint(-120, 120)])
    sign = '-' if rng.random() < 0.35 else ''
    return '%s%sE%d' % (sign, digits, exp)


def random_context(rng):
    prec = rng.choice([1, 2, 3, 5, 7, 9, 12, 16, 28, 34])
    if rng.random() < 0.25:
        emax = rng.randint(1, 60)
        emin = -rng.randint(1, 60)
    else:
        emax, emin = 999999, -999999
    return prec, rng.choice(ROUNDINGS), emin, emax, rng.choice([0, 0, 0, 1])


def int_operand(rng, limit):
    return str(rng.randint(-limit, limit))


def make_case(rng, op):
    ctx = random_context(rng)
    prec = ctx[0]
    if op in ('shift', 'rotate'):
        operands = [random_operand(rng), int_operand(rng, prec + 1)]
    elif op == 'scaleb':
        operands = [random_operand(rng), int_operand(rng, 50)]
    elif op == 'quantize':
        operands = [random_operand(rng), '1E%d' % rng.randint(-40, 20) if rng.random() < 0.9
                    else random_operand(rng)]
    elif op == 'power':
        base = random_operand(rng, small_exp=True)
        if rng.random() < 0.5:
            exponent = int_operand(rng, 40)
        else:
            exponent = random_operand(rng, small_exp=True)
            if rng.random() < 0.7 and exponent[0] not in 'IN-s':
                exponent = exponent  # a fractional or integral exponent as generated
        operands = [base, exponent]
    elif op in ('exp',):
        operands = [random_operand(rng, small_exp=True)]
    else:
        n = ARITH.get(op) or FUNCTIONS.get(op)
        operands = [random_operand(rng) for _ in range(n)]
        if n == 2 and rng.random() < 0.15:
            operands[1] = operands[0]
    return ctx, op, operands


def main():
    seed = 20261123
    if len(sys.argv) > 2 and sys.argv[1] == '--seed':
        seed = int(sys.argv[2])
    rng = random.Random(seed)
    arith = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
             'remainder_near', 'divmod', 'fma', 'plus', 'minus', 'abs', 'quantize',
             'to_integral_exact', 'to_integral_value', 'normalize']
    others = sorted(op for op in ARITH if op not in arith)
    groups = {'arith': (arith, 1300), 'misc': (others, 1300),
              'functions': (sorted(FUNCTIONS), 900)}
    for group, (ops, count) in groups.items():
        lines = []
        for _ in range(count):
            ctx, op, operands = make_case(rng, rng.choice(ops))
            expected = evaluate(decimal, op, *ctx, operands)
            fields = [op] + [str(f) for f in ctx] + [';'.join(operands), expected]
            lines.append('|'.join(fields))
        path = os.path.join(OUT_DIR, 'decimal_cases_%s.txt' % group)
        with open(path, 'w') as f:
            f.write('\n'.join(lines) + '\n')
        print('wrote %d cases to %s' % (len(lines), os.path.relpath(path)))


if __name__ == '__main__':
    main()
