# Reflected operator rules: subclass's reflected method is tried first; NotImplemented chains.
log = []


class Base:
    def __add__(self, other):
        log.append('Base.__add__')
        return NotImplemented

    def __radd__(self, other):
        log.append('Base.__radd__')
        return 'Base radd'


class Sub(Base):
    def __radd__(self, other):
        log.append('Sub.__radd__')
        return 'Sub radd'


print(Base() + Sub(), log)
log.clear()
print(Sub() + Base(), log)
log.clear()


class Other:
    def __add__(self, other):
        log.append('Other.__add__')
        return NotImplemented


try:
    Other() + Other()
except TypeError as e:
    print('TypeError:', e, log)
log.clear()
print(Other() + Base(), log)


class Num:
    def __init__(self, v):
        self.v = v

    def __rsub__(self, other):
        return 'rsub %r - %r' % (other, self.v)

    def __rtruediv__(self, other):
        return 'rtruediv %r / %r' % (other, self.v)

    def __rpow__(self, other):
        return 'rpow %r ** %r' % (other, self.v)

    def __rlshift__(self, other):
        return 'rlshift'

    def __rand__(self, other):
        return 'rand'

    def __ror__(self, other):
        return 'ror'

    def __rxor__(self, other):
        return 'rxor'

    def __rmod__(self, other):
        return 'rmod'

    def __rfloordiv__(self, other):
        return 'rfloordiv'

    def __rrshift__(self, other):
        return 'rrshift'

    def __rmatmul__(self, other):
        return 'rmatmul'


n = Num(2)
print(10 - n, 1 / n, 3 ** n, 1 << n, 1 & n, 1 | n, 1 ^ n, 1 % n, 1 // n, 1 >> n, 1 @ n)
print('%s' % 'x', 'fmt' % () if False else 'skip')


class IntSub(int):
    def __radd__(self, other):
        return 'IntSub.__radd__ preferred'


print(1 + IntSub(2), IntSub(2) + 1)
