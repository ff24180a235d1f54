# dataclasses: kw_only, KW_ONLY, slots, match_args and inheritance.
import inspect
from dataclasses import dataclass, field, KW_ONLY, fields


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2


print(Opts(a=1), inspect.signature(Opts))
try:
    Opts(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = field(default=5, kw_only=False)


print(Mixed(1, 9, y=3), inspect.signature(Mixed), Mixed.__match_args__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)


@dataclass
class Base:
    a: int
    b: int = 1


@dataclass
class Derived(Base):
    c: int = 2
    a: int = 0


print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])
print(Derived.__match_args__, inspect.signature(Derived))


@dataclass(match_args=False, repr=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'), repr(NoMatch(1)).startswith('<'))
match Mixed(1, 2):
    case Mixed(x, z):
        print('matched', x, z)
try:
    @dataclass
    class Two:
        _: KW_ONLY
        __: KW_ONLY
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
