# match: literal patterns (numbers, strings, None, True/False), wildcard, or-patterns, guards.


def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case 'hello' | 'hi':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case True:
            return 'True'
        case None:
            return 'None'
        case int(n) if n > 100:
            return 'big int %d' % n
        case _:
            return 'something else: %r' % (x,)


for value in [0, 2, -1, 1.5, 2j, 'hi', b'bytes', True, None, 1000, 50, 'bye', False, 0.0, 1 + 0j]:
    print(repr(value), '->', describe(value))
match 'abc':
    case 'a' 'bc':
        print('implicit concatenation in pattern')
match -3 + 2j:
    case -3 + 2j:
        print('complex literal pattern')
