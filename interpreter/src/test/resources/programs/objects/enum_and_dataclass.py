# Library classes built on the object model: enum.Enum, dataclasses.
import dataclasses
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W))


@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)


p = Point(1, 2)
print(p, p == Point(1, 2, ['t']), p < Point(2, 0), dataclasses.asdict(p))
print(dataclasses.replace(p, y=9), [f.name for f in dataclasses.fields(Point)])


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int


f = Frozen(1)
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(hash(f) == hash(Frozen(1)), Frozen.__match_args__)
