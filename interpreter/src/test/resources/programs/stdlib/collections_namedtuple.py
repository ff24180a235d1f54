# collections: namedtuple's repr, fields, _asdict/_replace/_make, defaults, rename and errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), Point._fields, Point.__doc__, Point.x.__doc__)
print(p._asdict(), p._replace(x=5), Point._make([3, 4]), tuple(p), hash(p) == hash((1, 2)))
print(type(p).__name__, Point.__mro__[1].__name__, isinstance(p, tuple), Point.__module__)
x, y = p
print(x, y, p._field_defaults, Point.__match_args__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a def _b a', rename=True)
print(R._fields, R(1, 2, 3, 4))
S = namedtuple('S', 'a, b,c')
print(S(1, 2, 3), namedtuple('E', '')(), namedtuple('One', 'v')(1))
match p:
    case Point(x, y):
        print('matched', x, y)


class Sub(Point):
    def norm(self):
        return self.x + self.y


print(Sub(1, 2).norm(), Sub(1, 2))
for expr in ['namedtuple("P", "x x")', 'namedtuple("P", "x def")', 'namedtuple("P", "x _y")',
             'namedtuple("1P", "x")', 'namedtuple("P", "a b", defaults=[1, 2, 3])',
             'Point(1)', 'Point(1, 2, 3)', 'p._replace(z=1)', 'Point._make([1])', 'p.x.__class__',
             'setattr(p, "x", 5)', 'Point(1, 2, x=3)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
