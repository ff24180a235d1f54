#!/usr/bin/env python3
"""Records what CPython 3.11.7 gives for the expressions in
interpreter/src/test/resources/numbers/*.exprs (one Python expression per line; '#' lines are
comments; the math module is in their globals as 'math') into the matching .golden files, which NumberExpressionsTest compares Taipan against.

Each golden line is the expression, a tab, then '= ' and repr(value), or '! ' and
'ExceptionType: message'. Run: tools/record_number_goldens.py

The expression is stored with every number literal (and True/False) wrapped in a call of the
identity function _, which both CPython and the test define: the compiler's constant folding
then leaves the arithmetic to the runtime's number types, which is what these cases test.
"""
import glob
import io
import tokenize
import math
import os
import sys

if sys.implementation.name != 'cpython' or sys.version_info[:3] != (3, 11, 7):
    sys.exit('record_number_goldens.py needs CPython 3.11.7')



def unfoldable(expr):
    """expr with each NUMBER token (and True/False) written as _(token)."""
    out = []
    last = 0
    for tok in tokenize.generate_tokens(io.StringIO(expr).readline):
        if tok.type == tokenize.NUMBER or (tok.type == tokenize.NAME and tok.string in ('True', 'False')):
            start, end = tok.start[1], tok.end[1]
            out.append(expr[last:start] + '_(' + tok.string + ')')
            last = end
    out.append(expr[last:])
    return ''.join(out)


here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                    'interpreter', 'src', 'test', 'resources', 'numbers')
for path in sorted(glob.glob(os.path.join(here, '*.exprs'))):
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            expr = line.rstrip('\n')
            if not expr.strip() or expr.lstrip().startswith('#'):
                continue
            if '\t' in expr:
                sys.exit('tab in expression: ' + expr)
            expr = unfoldable(expr)
            try:
                result = '= ' + repr(eval(expr, {'math': math, '_': lambda x: x}))
            except Exception as e:
                result = '! ' + type(e).__name__ + ': ' + str(e)
            if '\n' in result:
                sys.exit('newline in result of: ' + expr)
            out.append(expr + '\t' + result + '\n')
    with open(path[:-len('.exprs')] + '.golden', 'w', encoding='utf-8') as f:
        f.writelines(out)
    print(len(out), 'expressions recorded from', os.path.basename(path))
