# dataclasses: hash rules, order/eq errors, default order, mutable defaults, frozen
# inheritance, recursive repr, a field named self, InitVar with replace
import dataclasses
from dataclasses import dataclass, field
@dataclass(init=False)
class X:
    a: int = 1
print(repr(X.__doc__))
try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e: print(e)
try:
    @dataclass(slots=True)
    class W2:
        __slots__ = ('a',)
        a: int
except TypeError as e: print(e)
@dataclass
class R:
    items: list = field(default_factory=list)
r = R()
r.items.append(r)
print(r)
@dataclass
class Self:
    self: int
    other: int = 2
print(Self(1), Self.__init__.__code__.co_varnames[:3])
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False)
print(hash(H(1, 2, 3)) == hash((1,)), H(1, 2, 3) == H(1, 2, 4), H.__hash__.__qualname__)
@dataclass(eq=False)
class NE:
    a: int
print(NE.__hash__ is object.__hash__, NE(1) == NE(1))
@dataclass
class WithHash:
    a: int
    def __hash__(self): return 7
print(hash(WithHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int
        def __hash__(self): return 7
except TypeError as e: print(e)
try:
    @dataclass(order=True)
    class Bad2:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e: print(e)
try:
    @dataclass
    class Bad4:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad5:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad6:
        a = field()
except TypeError as e: print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int = 0
except TypeError as e: print(e)
@dataclass
class CV:
    a: int
    iv: dataclasses.InitVar[int] = 3
    def __post_init__(self, iv):
        self.b = iv * 2
print([f.name for f in dataclasses.fields(CV)], CV.__match_args__, CV(1), CV(1, 5).b)
try: dataclasses.replace(CV(1))
except ValueError as e: print(e)
print(dataclasses.replace(CV(1), iv=4).b)
print(dataclasses.replace(CV(1), a=3, iv=0))
try: dataclasses.replace(1)
except TypeError as e: print(e)
try: dataclasses.fields(1)
except TypeError as e: print(e)
class Plain:
    pass
class WithNew:
    def __new__(cls, a, b=2):
        return object.__new__(cls)
import inspect
print(inspect.signature(Plain), inspect.signature(WithNew))
