# __int__, __float__, __complex__, __index__, __trunc__, __floor__, __ceil__, __round__, __bytes__.
import math


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __trunc__(self):
        return 'trunc'

    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'

    def __round__(self, ndigits=None):
        return 'round %r' % (ndigits,)

    def __bytes__(self):
        return b'num'


n = Num(2.7)
print(int(n), float(n), complex(n), math.trunc(n), math.floor(n), math.ceil(n), round(n), round(n, 1), bytes(n))


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print('TypeError:', e)


class OnlyIndex:
    def __index__(self):
        return 7


print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))


class OnlyTrunc:
    def __trunc__(self):
        return 3


try:
    print(int(OnlyTrunc()))
except TypeError as e:
    print('TypeError:', e)
print(math.floor(2.5), math.ceil(2.5), type(math.floor(2.5)).__name__)
try:
    bytes(Num(1)) + bytes(5.0)
except TypeError as e:
    print('TypeError:', e)
