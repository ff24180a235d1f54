# str.format: positional/keyword fields, indexing, attributes, conversions, nested specs, errors.


class P:
    x = 'attr-x'

    def __format__(self, spec):
        return 'P(%s)' % spec


print('{} {} {}'.format(1, 'two', 3.0))
print('{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ada', age=36))
print('{0[1]} {0[key]} {1.x}'.format({1: 'one', 'key': 'k'}, P()))
print('{0[0]}{0[2]}'.format('abc'), '{.real}'.format(3 + 4j))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{:>10}|{:<10}|{:^10}|{:*^9}'.format('r', 'l', 'c', 'mid'))
print('{:{width}.{prec}f}'.format(3.14159, width=10, prec=2))
print('{:{}}'.format('x', '>5'), '{0:{1}{2}}'.format(7, '0', '3'))
print('{{literal}} {}'.format('braces'), '{:p spec}'.format(P()))
print('{:,} {:_x} {:#b} {:e} {:%}'.format(1234567, 65535, 5, 1.5, 0.25))
print(format(P(), 'direct'), '{0!s:>8}'.format(12))
errors = [
    lambda: '{} {}'.format(1),
    lambda: '{0} {}'.format(1, 2),
    lambda: '{name}'.format(),
    lambda: '{0[5]}'.format([1]),
    lambda: '{0.missing}'.format(1),
    lambda: '{!x}'.format(1),
    lambda: '{'.format(1),
    lambda: '}'.format(1),
    lambda: '{:d}'.format('s'),
    lambda: '{0:{1:{2}}}'.format(1, 2, 3),
    lambda: '{}'.format_map({}),
]
for e in errors:
    try:
        print(e())
    except (IndexError, KeyError, AttributeError, ValueError) as err:
        print(type(err).__name__ + ':', err)
print('{0}{1}'.format(*'ab'), '{a}{b}'.format(**{'a': 1, 'b': 2}))
print('{x}-{y}'.format_map({'x': 1, 'y': 2}))
