# str.format / % / f-strings with objects, str and bytes subclasses, __bytes__, __rmod__.
class P:
    def __init__(self):
        self.name = 'pt'
        self.items = [10, 20]
    def __str__(self):
        return 'P!'
    def __repr__(self):
        return 'P()'
    def __format__(self, spec):
        return 'fmt[' + spec + ']'
p = P()
print('{0.name} {0.items[1]} {0} {0!s} {0!r} {0:xyz}'.format(p))
print('%s %r' % (p, p), f'{p} {p!r} {p:abc}')
print(str(p), format(p, ''), '{}'.format(p))
class B:
    def __bytes__(self):
        return b'BB'
print(bytes(B()), b'%s' % B())
class S(str):
    def __rmod__(self, other):
        return 'rmod'
print('x' % S('y'))
print(''.join(str(i) for i in range(5)), b'-'.join(x.encode() for x in 'abc'))
class BA(bytearray):
    pass
ba = BA(b'abc')
print(ba, type(ba).__name__, ba + b'd', type(ba.upper()).__name__, bytes(ba))
m = memoryview(ba)
print(m[0], len(m))
m.release()
print(sorted(['pear', 'Apple', 'apple', 'äpple']), max('abc'), min(['b', 'a']))
s = 'The quick brown fox'
print(s.split(' ', 2), s.rsplit(' ', 2), s.partition('quick'), s.title(), s.swapcase())
print(s.find('q'), s.index('brown'), s.count('o'), s.replace('o', '0', 1))
print('{:<10}|{:>10}|{:^10}|{:*^10}'.format('l', 'r', 'c', 'c'))
print('{:10}'.format(12), '{:x}'.format(255), '{:08.3f}'.format(3.14159), '{!r:^12}'.format('q'))
try:
    print('{} {}'.format(1))
except IndexError as e:
    print('IndexError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError', e)
x = 'abc'
x *= 3
print(x, x[2:7:2], x[::-2], x[-100:100])
print(str(), str(1.5), str([1, 'a']), str(None), str(b'x', 'ascii'))
print(bytes('abc', 'utf-16-le'), 'abc'.encode('utf-32-be'))
print(len(str(10**100)), 'ab' < 'abc', 'b' > 'abc', 'a' == 'a', 'a' != 'a')
print(b'abc'.split(b'b'), bytearray(b'a b').split(), b''.join([]), b'x'.center(5, b'-'))
print(repr(b'\x00\xff\'\"'), repr(bytearray()), b'abc'[::-1], bytes(reversed(b'abc')))
d = {'k': 'v'}
print('%(k)s and %(k)r' % d, '{k}'.format(**d), '{k}'.format_map(d))
