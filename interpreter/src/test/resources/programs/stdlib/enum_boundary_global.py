# enum: FlagBoundary STRICT/CONFORM/EJECT/KEEP (out-of-range values, negative values, ~),
# pseudo-members for combinations, aliases with several bits, and global_enum reprs
import enum
from enum import Enum, Flag, IntFlag, IntEnum, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, global_enum

def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print(list(FlagBoundary), repr(STRICT), str(CONFORM), format(EJECT), KEEP.value)
for boundary in (STRICT, CONFORM, EJECT, KEEP):
    class Perm(Flag, boundary=boundary):
        R = 1
        W = 2
        X = 4
    print(boundary, Perm._boundary_)
    for value in (0, 3, 7, 9, 16, -1, -2, -9):
        print('   ', value, attempt(lambda: Perm(value)))
    print('   ', attempt(lambda: ~Perm.R), attempt(lambda: ~Perm(0)), attempt(lambda: Perm.R | Perm.X), attempt(lambda: str(Perm(5))))
class Plain(Flag):
    A = 1
    B = 2
class Ints(IntFlag):
    A = 1
    B = 2
print(Plain._boundary_, Ints._boundary_, attempt(lambda: Ints(9)), str(Ints(9)), attempt(lambda: Ints(-1)), attempt(lambda: ~Ints.A), attempt(lambda: Ints.A | 8))
class Gapped(Flag):
    A = 1
    X = 10
print(attempt(lambda: Gapped(2)), attempt(lambda: Gapped(10)), attempt(lambda: Gapped(11)), list(Gapped), attempt(lambda: ~Gapped.A), attempt(lambda: Gapped(4)))
class Zero(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3
print(list(Zero), attempt(lambda: Zero(0)), attempt(lambda: Zero(3)), str(Zero(0)), Zero(3) is Zero.AB, bool(Zero(0)))
class Kept(Flag, boundary=KEEP):
    A = 1
    C = 4
print(attempt(lambda: Kept(2)), attempt(lambda: Kept(-1)), attempt(lambda: ~Kept.A), attempt(lambda: Kept(16)), attempt(lambda: Kept(5)), Kept(5) is Kept(5))
print(attempt(lambda: Flag('Made', 'P Q', boundary=CONFORM)(7)), attempt(lambda: Plain('x')))

@global_enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(repr(Color.RED), str(Color.RED), format(Color.RED), RED is Color.RED, GREEN.value)
@global_enum
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
print(repr(Mode.READ), str(Mode.READ), repr(Mode.READ | Mode.WRITE), repr(Mode(0)), repr(Mode(8 | 4)), WRITE | EXEC)
@global_enum
class Level(IntEnum):
    LOW = 1
print(repr(LOW), str(LOW), LOW + 1)
print(enum.global_str(Color.GREEN), enum.global_enum_repr(Color.GREEN), enum.pickle_by_enum_name(Color.RED, 4)[1][1])
