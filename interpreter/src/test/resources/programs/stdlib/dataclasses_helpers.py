# dataclasses: asdict, astuple, replace, is_dataclass, make_dataclass and recursive reprs.
from dataclasses import dataclass, field, asdict, astuple, replace, is_dataclass, make_dataclass, fields
from collections import namedtuple

Pair = namedtuple('Pair', 'a b')


@dataclass
class Inner:
    v: int
    w: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: dict
    pair: Pair


o = Outer('o', Inner(1, [Inner(2)]), {'k': Inner(3)}, Pair(Inner(4), 5))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)))
r = replace(o, name='r')
print(r.name, r.inner is o.inner)
try:
    replace(o, nope=1)
except TypeError as e:
    print('TypeError', e)
try:
    asdict(Inner)
except TypeError as e:
    print('TypeError', e)
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(3), is_dataclass(dict))
C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))],
                   namespace={'total': lambda self: self.a + self.b}, frozen=True)
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)], C.__name__, C.__qualname__)
try:
    make_dataclass('D', ['a', 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    make_dataclass('D', ['class'])
except TypeError as e:
    print('TypeError', e)


@dataclass
class Node:
    val: int
    nxt: 'Node' = None


n = Node(1)
n.nxt = n
print(n)
lst = Inner(0)
lst.w.append(lst)
print(lst)
