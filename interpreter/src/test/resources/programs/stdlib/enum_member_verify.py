# enum: member()/nonmember(), enum.property, verify() with UNIQUE/CONTINUOUS/NAMED_FLAGS,
# show_flag_values, ReprEnum and the StrEnum value checks
import enum
from enum import Enum, Flag, StrEnum, ReprEnum, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck

def attempt(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class Kinds(Enum):
    A = 1
    B = nonmember(2)
    @member
    def twice(x):
        return x * 2
    C = member(3)
    def method(self):
        return 'method of %s' % self.name

print([m.name for m in Kinds], Kinds.B, Kinds.twice.value(4), Kinds.C, Kinds.A.method(), len(Kinds))
print(type(member(3)).__name__, nonmember(3).value)

class Planet(Enum):
    EARTH = 1
    @enum.property
    def double(self):
        return self.value * 2
print(Planet.EARTH.double, attempt(lambda: Planet.double))
print(attempt(lambda: setattr(Planet.EARTH, 'double', 3)), attempt(lambda: delattr(Planet.EARTH, 'double')))

print(attempt(lambda: verify(UNIQUE)(Enum('Dup', [('A', 1), ('B', 1), ('C', 2), ('D', 2)]))))
@verify(UNIQUE, CONTINUOUS)
class Fine(Enum):
    A = 1
    B = 2
    C = 3
print(list(Fine))
def gaps():
    @verify(CONTINUOUS)
    class Gappy(Enum):
        A = 1; B = 2; E = 5; G = 7
print(attempt(gaps))
def flag_gaps():
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1; B = 2; E = 8
print(attempt(flag_gaps))
def unnamed(two):
    @verify(NAMED_FLAGS)
    class Named(Flag):
        A = 1; B = 2
        if two:
            BC = 6; DE = 24
        else:
            X = 10
print(attempt(lambda: unnamed(True)))
print(attempt(lambda: unnamed(False)))
@verify(NAMED_FLAGS)
class Good(Flag):
    R = 1; W = 2; RW = 3
print(list(Good), repr(Good.RW))
print(list(EnumCheck), str(UNIQUE), CONTINUOUS.value)
print(enum.show_flag_values(13), enum.show_flag_values(0), enum.show_flag_values(2**40 + 1))

print(attempt(lambda: StrEnum('S', [('A', 1)])), attempt(lambda: StrEnum('S', [('A', ('a', 'utf-8', 'strict', 'x'))])))
print(attempt(lambda: StrEnum('S', [('A', ('a', 1))])), attempt(lambda: StrEnum('S', [('A', ('a', 'utf-8', 1))])))
class Letters(StrEnum):
    A = 'x'
    B = enum.auto()
print(repr(Letters.A), str(Letters.B), Letters.B.value, issubclass(Letters, ReprEnum), format(Letters.A), Letters.A + '!')
class Measure(float, ReprEnum):
    HALF = 0.5
print(repr(Measure.HALF), str(Measure.HALF), format(Measure.HALF, '.2f'), Measure.HALF * 2)
print(attempt(lambda: ReprEnum('Bare', [('A', 1)])))
print(sorted(name for name in enum.__all__))
