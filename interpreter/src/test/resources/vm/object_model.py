# Object model: metaclasses, __prepare__, __init_subclass__, __set_name__, descriptors, super(), __slots__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'from_prepare': True}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta, flag=1):
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append((cls.__name__, tag))


class Named:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return 'got ' + self.name

    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value


class Child(Base, tag='c'):
    field = Named()

    def __init__(self):
        self.field = 5


c = Child()
print(Child.from_prepare, Child.made_by, Base.subclasses, c.field, c._field, type(Child).__name__)


class A:
    def who(self):
        return ['A']


class B(A):
    def who(self):
        return ['B'] + super().who()


class C(A):
    def who(self):
        return ['C'] + super().who()


class D(B, C):
    def who(self):
        return ['D'] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.y
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(s, '__dict__'), Slotted.x)


class Lazy:
    def __getattr__(self, name):
        return 'computed ' + name

    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError(name)
        return object.__getattribute__(self, name)


lz = Lazy()
lz.real = 1
print(lz.real, lz.secret, lz.other)


class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def k(cls):
        return cls.__name__


p = P()
p.v = 21
print(p.v, P.s(1), p.k(), P.k())
try:
    del p.v
except AttributeError as e:
    print('AttributeError:', e)
