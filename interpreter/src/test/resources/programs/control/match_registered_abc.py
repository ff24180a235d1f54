# match: class patterns test isinstance (with __instancecheck__ and ABC registration); classes
# registered with Sequence or Mapping are matched by sequence and mapping patterns.
from abc import ABC
from collections.abc import Sequence, Mapping
class Shape(ABC):
    __match_args__ = ('n',)
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
Shape.register(Point)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 10
class Big(metaclass=Meta):
    pass
def m(o):
    match o:
        case Big():
            return 'big'
        case Shape(x=1):
            return 'shape x=1'
        case Shape():
            return 'shape'
        case Sequence():
            return 'seq'
        case _:
            return 'other'
for o in [Point(1, 2), Point(3, 4), 50, 5, [1], (1,), 'ab', {}]:
    print(m(o))
class MySeq:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
Sequence.register(MySeq)
match MySeq():
    case []:
        print('empty seq pattern')
    case _:
        print('no')
match MySeq():
    case Sequence():
        print('Sequence class pattern')
class Table:
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
    def get(self, k, default=None): return self.d.get(k, default)
    def keys(self): return self.d.keys()
for label, t in [('before', Table({'a': 1}))]:
    match t:
        case {'a': v}:
            print(label, 'mapping', v)
        case _:
            print(label, 'not a mapping')
Mapping.register(Table)
class SubTable(Table):
    pass
for label, t in [('after', Table({'a': 1})), ('subclass', SubTable({'a': 2}))]:
    match t:
        case {'a': v}:
            print(label, 'mapping', v)
        case _:
            print(label, 'not a mapping')
class Both(MySeq):
    pass
Mapping.register(Both)
match Both():
    case {}:
        print('Both is now a mapping')
    case []:
        print('Both is still a sequence')
print(sorted(k for k in vars(Table) if not k.startswith('__')))
