# Binary arithmetic dunders, reflected operands, NotImplemented fallbacks, TypeError messages.


class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return 'V%r' % (self.c,)

    def __add__(self, other):
        if isinstance(other, V):
            return V(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(a + other for a in self.c))
        return NotImplemented

    def __radd__(self, other):
        print('__radd__ with', other)
        return self + other

    def __sub__(self, other):
        return V(*(a - b for a, b in zip(self.c, other.c)))

    def __mul__(self, k):
        return V(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))

    def __mod__(self, k):
        return V(*(a % k for a in self.c))

    def __pow__(self, k, mod=None):
        return V(*(pow(a, k, mod) for a in self.c))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return V(*(abs(a) for a in self.c))

    def __invert__(self):
        return V(*(~a for a in self.c))


a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 3, a ** 2, pow(b, 2, 5))
print(a @ b, -a, +a, abs(V(-1, 2)), ~a)
print(10 + a)
print(sum([a, b], V(0, 0)))
try:
    a + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' - a
except TypeError as e:
    print('TypeError:', e)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
try:
    -object()
except TypeError as e:
    print('TypeError:', e)
try:
    [] @ []
except TypeError as e:
    print('TypeError:', e)
print(divmod(7, 2), (7).__divmod__(2), (7).__rdivmod__(30))
