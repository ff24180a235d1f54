# dataclasses: frozen, order, eq and unsafe_hash rules.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(p) == hash((1, 2)), p == Point(1, 2), {p: 1}[Point(1, 2)])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2), Version(1, 5), Version(1)]))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)
print(Version(1).__eq__(3))


@dataclass
class Plain:
    a: int


print(Plain.__hash__, Plain(1) == Plain(1), Plain(1) != Plain(2))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list


print(hash(Hashy(1, None)) == hash((1, None)))
for kwargs in ({'order': True, 'eq': False}, {'frozen': True, 'unsafe_hash': True}):
    try:
        dataclass(**kwargs)(type('T', (), {'__annotations__': {'a': int}}))
        print('ok', kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Bad:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(frozen=True)
    class Child(Plain):
        b: int
except TypeError as e:
    print('TypeError', e)
