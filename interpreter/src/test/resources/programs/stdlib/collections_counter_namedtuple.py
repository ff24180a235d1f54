# collections: Counter arithmetic, comparisons, in-place operators and updates from
# mappings; namedtuple validation, renaming, defaults, _replace/_make errors, docs
import collections
from collections import Counter, namedtuple, ChainMap

a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=4, d=2)
print(a + b, a - b, a | b, a & b, +a, -a)
print(a == Counter(a=3, b=1, c=-2), Counter(a=0) == Counter(), a <= a + b, a < a, Counter(x=1) > Counter())
print(a.__add__(1), a.__eq__({'a': 3}), sorted(a.elements()), a.total(), a.most_common(2), a.most_common(-1))
c = Counter('abracadabra')
print(c, c.most_common(3), c['zz'], list(c.elements())[:6])
c.update({'a': 10, 'q': 1})
c.update('aq')
c.subtract({'b': 5})
c.subtract('rr')
print(c)
d = Counter(x=2, y=-1)
d += Counter(y=3)
print(d)
d -= Counter(x=5)
print(d)
d |= Counter(y=1, z=4)
print(d)
d &= Counter(y=1, z=9)
print(d)
del d['nothing']
print(d, repr(Counter()), Counter({'p': 1.5, 'q': 0.5}).most_common())
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
print(Counter(collections.OrderedDict(k=2)), Counter(a=1).copy(), Counter(a=1).__reduce__())

Point = namedtuple('Point', 'x, y', defaults=[0])
p = Point(1)
print(p, p._fields, p._field_defaults, Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
print(p._replace(y=5), Point._make([3, 4]), p._asdict(), Point.__match_args__, Point.__module__)
for bad in (lambda: p._replace(z=1), lambda: Point._make([1]), lambda: Point(1, 2, 3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in (('T', 'a a'), ('T', '_a'), ('T', 'class'), ('1T', 'a'), ('T', ['a', 3.5]),
             ('T', 'a b', {'defaults': (1, 2, 3)})):
    try:
        namedtuple(*args[:2], **(args[2] if len(args) > 2 else {}))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
R = namedtuple('R', ['ok', 'def', 'ok', '_x', '2'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
try:
    p.x = 3
except AttributeError as e:
    print(e)
print(Point._make.__qualname__, Point._replace.__doc__, Point(1, 2) == (1, 2), hash(Point(1, 2)) == hash((1, 2)))
cm = ChainMap({'a': 1}, {'b': 2})
for act in (lambda: cm.pop('b'), lambda: cm.__delitem__('b'), lambda: ChainMap({}).popitem()):
    try:
        act()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('a'), cm.pop('zz', 'dflt'), cm)
