# dataclasses: generated __init__/__repr__/__eq__/order, defaults, frozen, helpers and errors.
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)


a = Item('pen', 1.5)
print(a, a == Item('pen', 1.5, [], 'y'), a != Item('pen'), Item.__hash__ is None)
print(Item.__init__.__qualname__, Item.__match_args__, Item.__doc__)
print([(f.name, f.type.__name__, f.default is dataclasses.MISSING) for f in dataclasses.fields(Item)])
print(dataclasses.asdict(a), dataclasses.astuple(a), dataclasses.replace(a, price=2))
print(dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(1))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


vs = sorted([Version(1, 2), Version(0, 9), Version(1)])
print(vs, Version(1) < Version(1, 1), Version(2) >= Version(1, 5), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2

    def __post_init__(self):
        self.total = self.x + self.y + self.z


d = Derived(10)
print(d, d.total, [f.name for f in dataclasses.fields(d)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))


@dataclass
class Mixed:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 0


print(Mixed(1, b=2), Mixed.__match_args__)


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)
P = dataclasses.make_dataclass('P', [('x', int), ('y', int, field(default=5))])
print(P(1), P.__name__)
nested = Derived(1, 2, 3)
print(dataclasses.asdict(Item('box', tags=[Version(1, 2)])))
for expr in ['Item()', 'Item("a", 1, [], "s", 5)', 'dataclasses.fields(1)', 'dataclasses.asdict(Item)',
             'dataclasses.replace(a, nope=1)', 'field(default=1, default_factory=list)',
             'Options()', 'Mixed(1, 2)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
for src in ['@dataclass\nclass Bad:\n    a: int = 1\n    b: int\n',
            '@dataclass\nclass Bad:\n    a: list = []\n',
            '@dataclass(order=True, eq=False)\nclass Bad:\n    a: int\n']:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
