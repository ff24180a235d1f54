"""Calls of classes with a Python __init__ and of bound method objects, the cases the CALL
instruction's shortcuts must get exactly right (errors included)."""


class Point:
    def __init__(self, x, y=0, *, tag="p"):
        self.x, self.y, self.tag = x, y, tag


def show(p):
    print(type(p).__name__, p.x, p.y, p.tag)


show(Point(1))
show(Point(1, 2))
show(Point(y=5, x=3))
show(Point(*[7, 8], **{"tag": "q"}))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Swapped:
    def __init__(self, a):
        self.a = a


def other_init(self, a, b=10):
    self.a = a + b


print(Swapped(1).a)
Swapped.__init__ = other_init
print(Swapped(1).a, Swapped(1, 2).a)
Swapped.__init__ = lambda self, *a: setattr(self, "a", a)
print(Swapped(1, 2, 3).a)
del Swapped.__init__
try:
    Swapped(1)
except TypeError as e:
    print("TypeError:", e)
print(type(Swapped()).__name__)


class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return object.__new__(cls) if a else 17

    def __init__(self, *a):
        print("init", a)


print(WithNew(1) is not None, WithNew())


class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", a, sorted(k))
        return super().__call__(*a, **k)


class M(metaclass=Meta):
    def __init__(self, v=1):
        self.v = v


print(M(2, ).v, M(v=3).v)


class Sub(list):
    def __init__(self, n):
        super().__init__(range(n))


print(Sub(3), type(Sub(0)).__name__)


class Callable:
    def __call__(self, *a):
        return ("called", a)


class UsesCallable:
    __init__ = Callable()


try:
    UsesCallable(1)
except TypeError as e:
    print("TypeError:", e)


class C:
    def m(self, a, b=2, *rest, **kw):
        return (a, b, rest, sorted(kw.items()))


bound = C().m
print(bound(1), bound(1, 3, 4, k=5), bound(b=0, a=9))
try:
    bound()
except TypeError as e:
    print("TypeError:", e)
f = [].append
f(1)
meths = [C().m, len, Point, str.upper]
print([type(m(*a)).__name__ for m, a in zip(meths, [(1,), ([],), (1,), ("x",)])])


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(Deep(50).child is not None)
