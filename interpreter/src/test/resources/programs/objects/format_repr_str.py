# __repr__, __str__, __format__ and how print/str/repr/format/f-strings use them.


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __repr__(self):
        return 'Money(%r)' % self.amount

    def __str__(self):
        return '$%.2f' % self.amount

    def __format__(self, spec):
        if spec == 'cents':
            return '%d cents' % round(self.amount * 100)
        return format(self.amount, spec)


m = Money(3.5)
print(m, repr(m), str(m), [m], (m,), {'k': m})
print(f'{m}', f'{m!r}', f'{m!s}', f'{m:cents}', f'{m:>8.3f}', format(m, 'cents'))
print('{} {!r} {:cents}'.format(m, m, m))
print('%s %r' % (m, m))


class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'


print(str(OnlyRepr()), OnlyRepr(), f'{OnlyRepr()}')


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)


class NoFormatSpec:
    pass


try:
    format(NoFormatSpec(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(format(OnlyRepr(), ''))


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    f'{BadFormat()}'
except TypeError as e:
    print('TypeError:', e)
print(ascii(Money(1)), repr('quote\'s'), str(b'bytes'), repr(None), str(Ellipsis))
