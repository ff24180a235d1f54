# enum: str(), repr(), format() of Enum, IntEnum, StrEnum and mixins in 3.11.
from enum import Enum, IntEnum, StrEnum, auto, ReprEnum


class Color(Enum):
    RED = 1
    GREEN = 'g'


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


class Floaty(float, Enum):
    HALF = 0.5


for m in (Color.RED, Color.GREEN, Level.LOW, Mode.READ, Mode.WRITE, Floaty.HALF):
    print(repr(m), str(m), format(m), f'{m}', '%s' % m, m.name, repr(m.value))
print(f'{Level.HIGH:>5}|{Mode.READ:^8}|{Color.RED:>12}|{Floaty.HALF:>5}')
try:
    f'{Floaty.HALF:.2f}'
except ValueError as e:
    print('ValueError', e)
print(Mode.READ == 'read', Mode.READ.upper(), Level.LOW < Level.HIGH, Level.HIGH * 2)
print(issubclass(IntEnum, ReprEnum), issubclass(StrEnum, ReprEnum), type(Mode.WRITE.value))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)
print(Color.RED.__class__.__name__, type(Color).__name__, Color.__name__)
print(hash(Color.RED) == hash('RED'), Color.RED.__reduce_ex__(4))
print(dir(Color.RED)[:6])
print(sorted(Level.__members__.items())[0])
print(Level(1) is Level.LOW, Level['HIGH'], Color.RED in Color)
