# numbers: a user-defined Integral gets the mixin methods of the tower
import numbers

class Tiny(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'Tiny(%d)' % self.v
    def __pos__(self): return Tiny(self.v)
    def __neg__(self): return Tiny(-self.v)
    def __abs__(self): return Tiny(abs(self.v))
    def __add__(self, o): return Tiny(self.v + int(o))
    __radd__ = __add__
    def __mul__(self, o): return Tiny(self.v * int(o))
    __rmul__ = __mul__
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __floordiv__(self, o): return Tiny(self.v // int(o))
    def __rfloordiv__(self, o): return Tiny(int(o) // self.v)
    def __mod__(self, o): return Tiny(self.v % int(o))
    def __rmod__(self, o): return Tiny(int(o) % self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, o, m=None): return Tiny(pow(self.v, int(o), m))
    def __rpow__(self, o): return Tiny(int(o) ** self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return Tiny(self.v << int(o))
    def __rlshift__(self, o): return Tiny(int(o) << self.v)
    def __rshift__(self, o): return Tiny(self.v >> int(o))
    def __rrshift__(self, o): return Tiny(int(o) >> self.v)
    def __and__(self, o): return Tiny(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return Tiny(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return Tiny(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return Tiny(~self.v)

t = Tiny(7)
print(t - 2, 10 - t, divmod(t, 3), divmod(20, t), float(t), complex(t))
print(t.numerator, t.denominator, t.real, t.imag, t.conjugate(), [10, 20, 30, 40, 50, 60, 70, 80][t])
print(bool(Tiny(0)), bool(t), isinstance(t, numbers.Rational), hex(t))
class Partial(numbers.Complex):
    def __complex__(self): return 1j
try:
    Partial()
except TypeError as e:
    print('TypeError:', str(e)[:60])
