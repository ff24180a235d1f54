# match: class patterns with __match_args__, keyword patterns, builtin self-matching classes.


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ('center', 'radius')

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(shape):
    match shape:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return 'on x axis at %d' % x
        case Point(x=0, y=y):
            return 'on y axis at %d' % y
        case Circle(Point(x, y), r) if r > 5:
            return 'big circle at %d,%d' % (x, y)
        case Circle(center=Point() as c, radius=r):
            return 'circle r=%d centre %d,%d' % (r, c.x, c.y)
        case int(n) | float(n):
            return 'number %r' % n
        case str() as s:
            return 'string ' + s
        case [Point(x=px), *_]:
            return 'list starting with point x=%d' % px
        case _:
            return 'unknown'


for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 10),
          Circle(Point(5, 6), 1), 7, 2.5, 'text', [Point(9, 9), 1], None]:
    print(where(s))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print('TypeError:', e)
match {'k': [1, (2, 3)]}:
    case {'k': [int() as a, (b, *c)]}:
        print('deep', a, b, c)
