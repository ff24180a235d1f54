# ExceptionGroup.split/subgroup: condition checks, deep nesting, notes copied on derive
import sys


def deep(levels):
    e = TypeError(1)
    for _ in range(levels):
        e = ExceptionGroup('eg', [e])
    return e


for levels in (50, 2000):
    e = deep(levels)
    for method in ('split', 'subgroup'):
        try:
            result = getattr(e, method)(TypeError)
            print(levels, method, 'ok', type(result).__name__)
        except RecursionError as x:
            print(levels, method, 'RecursionError:', x)

eg = ExceptionGroup('x', [ValueError(1), TypeError(2)])
for cond in ['bad arg', OSError('instance'), [OSError], (OSError, 42), int, (int,), None]:
    for method in ('split', 'subgroup'):
        try:
            getattr(eg, method)(cond)
            print(repr(cond), method, 'accepted')
        except TypeError as x:
            print(repr(cond), method, 'TypeError:', x)
print(eg.split((ValueError, KeyError)))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.split(()))

eg.__notes__ = ['first']
match, rest = eg.split(ValueError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
match.__notes__.append('only on match')
print(eg.__notes__, rest.__notes__)
eg.__notes__ = ('tuple note',)
print(eg.subgroup(ValueError).__notes__)
eg.__notes__ = 'ab'
print(eg.subgroup(ValueError).__notes__)
eg.__notes__ = 42
print(hasattr(eg.subgroup(ValueError), '__notes__'))
print(sys.getrecursionlimit())
