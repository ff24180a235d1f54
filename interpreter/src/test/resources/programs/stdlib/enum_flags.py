# enum: Flag and IntFlag composition, negation, iteration, membership and boundaries.
from enum import Flag, IntFlag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE), str(Color.GREEN))
print(~Color.RED, repr(~Color.WHITE), Color(0), bool(Color(0)))
print(list(Color), list(Color.WHITE), len(Color.WHITE), Color.RED in Color.WHITE)
print((Color.RED | Color.GREEN).name, Color.WHITE.name, Color(0).name, Color(6).value)
print(Color.RED & Color.GREEN, Color.WHITE ^ Color.RED, format(Color.BLUE))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 6, rw + 1, Perm(7), repr(Perm(8)), Perm(8) | Perm.X)
print(repr(~Perm.R), format(rw), f'{Perm.X:>4}', str(Perm(0)), repr(Perm(0)))
print(isinstance(rw, int), Perm.R | 8, type(Perm.R | 8).__name__)


try:
    Color('red')
except ValueError as e:
    print('ValueError', e)
print(Color.RED < Color.BLUE if hasattr(Color, '__lt__') and Color.__lt__ is not object.__lt__ else 'no order')


class F(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3


print(list(F), len(F), list(F.__members__), F(3) is F.AB, list(reversed(F)), repr(F(0)))
print(F._member_names_, F.NONE is F(0), ~F.AB, F.A | F.B)
