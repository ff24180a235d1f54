# __slots__: no __dict__, AttributeError messages, slots with inheritance, __weakref__.


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)
print(type(Point.__dict__['x']).__name__)


class Point3(Point):
    __slots__ = ('z',)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, '__dict__'))


class Loose(Point):
    pass


l = Loose(0, 0)
l.anything = 'allowed'
print(l.anything, sorted(vars(l)))


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Clash:
        __slots__ = ('v',)
        v = 5
except ValueError as e:
    print('ValueError:', e)


class StrSlot:
    __slots__ = 'only'


s = StrSlot()
s.only = 'single string slot'
print(s.only, StrSlot.__slots__)
