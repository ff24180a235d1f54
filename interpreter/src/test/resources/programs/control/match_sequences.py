# match: sequence patterns with star, nested, and what counts as a sequence.


def shape(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return 'one: %r' % (a,)
        case [a, b]:
            return 'two: %r %r' % (a, b)
        case [first, *middle, last] if len(middle) > 2:
            return 'long: %r..%r (%d middle)' % (first, last, len(middle))
        case [0, *rest]:
            return 'starts with zero, rest %r' % (rest,)
        case (a, b, c):
            return 'three: %r' % ((a, b, c),)
        case [*_]:
            return 'other sequence'
        case _:
            return 'not a sequence'


for value in [[], [1], (1, 2), [0, 5, 6, 7], [1, 2, 3], [1, 2, 3, 4], list(range(7)),
              'ab', b'ab', bytearray(b'ab'), {1: 2}, range(2), range(3)]:
    print(repr(value), '->', shape(value))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print('nested', a, b, c, d)
match (1, 2, 3, 4, 5):
    case (*head, 4, 5):
        print('head', head)
match [1, 2]:
    case [x, y] | [x, y, _]:
        print('or with captures', x, y)
import collections
match collections.deque([1, 2, 3]):
    case [1, *others]:
        print('deque is a sequence', others)
