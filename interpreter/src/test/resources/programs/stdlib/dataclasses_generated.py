# dataclasses: generated __init__ signature and doc, KW_ONLY, InitVar, Field repr,
# make_dataclass checks, frozen errors, slots, abstract methods
import dataclasses, math, abc
from dataclasses import dataclass, field, KW_ONLY, InitVar
print(repr(dataclasses.KW_ONLY).split(' at ')[0], repr(dataclasses.MISSING).split(' at ')[0])
@dataclass
class A:
    x: int
    y: list = field(default_factory=list, metadata={'m': 1})
    _: KW_ONLY
    z: str = 'q'
    iv: InitVar[int] = 0
    def __post_init__(self, iv): self.w = iv
print(A.__init__.__annotations__, A.__doc__, A.__match_args__)
print(str(dataclasses.fields(A)[1]).replace(repr(dataclasses.MISSING), 'MISSING'))
print(A.__dataclass_params__)
nan = float('nan')
print(A(nan) == A(nan), A(1, [2], z='r', iv=5), A(1).w)
print(InitVar[int], InitVar[list[int]], InitVar['x'])
for maker in (lambda: dataclasses.make_dataclass('M', ['a', 'a']), lambda: dataclasses.make_dataclass('M', ['1a']),
              lambda: dataclasses.make_dataclass('M', ['def']), lambda: dataclasses.make_dataclass('M', [('a', int, 1, 2)])):
    try: maker()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
M = dataclasses.make_dataclass('M', ['a', ('b', int), ('c', int, field(default=3))], frozen=True)
print(M(1, 2), M.__module__, M.__annotations__, hash(M(1, 2)) == hash(M(1, 2)))
try: M(1, 2).a = 3
except dataclasses.FrozenInstanceError as e: print('Frozen', e)
try: del M(1, 2).a
except dataclasses.FrozenInstanceError as e: print('Frozen', e)
try:
    A()
except TypeError as e: print(e)
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
@dataclass
class Impl(Base):
    x: int = 1
    def f(self): return 1
print(Impl.__abstractmethods__, Impl())
@dataclass(slots=True, weakref_slot=True)
class S:
    a: int
print(S.__slots__, S(1))
