# enum: Enum, IntEnum, Flag/IntFlag, StrEnum, auto, unique, the functional API; reprs and errors.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W), repr(Perm.R | Perm.W), repr(Perm.R))
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num(2), Num.ONE == 1, f'{Num.TWO}', sorted([Num.TWO, Num.ONE]))
class A(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(list(A), A.X.value, hash(A.X) == hash(A.X), {A.X: 1}[A.X])
class F(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
print(F.A | F.B, repr(F.A | F.C), F(0), ~F.A, list(F.A | F.C), bool(F(0)))
S = enum.Enum('S', 'a b c')
print(list(S), S.b.value)
class Sx(enum.StrEnum):
    A = 'aa'
    B = enum.auto()
print(Sx.A, repr(Sx.B), Sx.A == 'aa', Sx.A.upper())
try:
    @enum.unique
    class D(enum.Enum):
        a = 1
        b = 1
except ValueError as e: print(e)
print(Color.RED.__class__ is Color, isinstance(Color.RED, Color), Color.__members__['RED'])
try:
    Color.RED = 5
except AttributeError as e: print(e)
