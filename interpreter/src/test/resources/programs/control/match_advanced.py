# match on nested data with guards, value patterns from modules, and the match subject evaluated once.
import enum


class Op(enum.Enum):
    ADD = '+'
    SUB = '-'


def evaluate(expr):
    match expr:
        case int() | float() as number:
            return number
        case (Op.ADD, left, right):
            return evaluate(left) + evaluate(right)
        case (Op.SUB, left, right):
            return evaluate(left) - evaluate(right)
        case ('neg', operand):
            return -evaluate(operand)
        case {'op': 'sum', 'args': [*args]}:
            return sum(evaluate(a) for a in args)
        case str(name) if name.isidentifier():
            return 'variable ' + name
        case _:
            raise ValueError('bad expression %r' % (expr,))


print(evaluate((Op.ADD, 1, (Op.SUB, 10, 4))))
print(evaluate(('neg', 2.5)))
print(evaluate({'op': 'sum', 'args': [1, 2, (Op.ADD, 3, 4)]}))
print(evaluate('x1'))
try:
    evaluate('1x')
except ValueError as e:
    print('ValueError:', e)
calls = 0


def subject():
    global calls
    calls += 1
    return [1, 2, 3]


match subject():
    case [0, *_]:
        pass
    case [1, 2]:
        pass
    case [1, *rest]:
        print('rest', rest)
print('subject evaluated', calls, 'time')
match 42:
    case int(x) if x > 100:
        print('big')
    case int(x):
        print('int', x)
match (1, 'a'):
    case (int(), str()) if False:
        print('never')
    case tuple((a, b)):
        print('tuple capture', a, b)
