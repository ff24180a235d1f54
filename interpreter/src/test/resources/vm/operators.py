# Binary operator dispatch: reflected operands, subclass priority, in-place fallbacks, NotImplemented.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        return NotImplemented

    def __radd__(self, other):
        return V(other + self.x)

    def __repr__(self):
        return 'V(%r)' % self.x


class W(V):
    def __radd__(self, other):
        return 'W.__radd__ first'


print(V(1) + V(2), 3 + V(4), V(1) + W(2))
v = V(1)
v += V(5)
print(v)
try:
    V(1) + 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    [] + ()
except TypeError as e:
    print('TypeError:', e)


class I(int):
    def __radd__(self, other):
        return 'I.__radd__'


print(1 + I(2), I(2) + 1, 7 // -2, -7 % 3, 2 ** -1, 10 / 4, divmod(-7, 2), True + True)
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'a'], key=str.lower), min([4, 2, 8]), max('abc'))
print({30, 3, 1, 2, 10}, {-1, -2, 5}, hash(-1), hash((1, 2)) == hash((1, 2)))
print(f'{3.14159:.2f} {255:#x} {1234567:,} {"ab":>5}|{7:08.3f}', '%s=%d %r' % ('a', 3, 'q'))
