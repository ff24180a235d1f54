# Data and non-data descriptors, precedence against instance __dict__, __get__ with None.


class DataDesc:
    def __get__(self, obj, objtype=None):
        return 'data get (obj is None: %s)' % (obj is None)

    def __set__(self, obj, value):
        print('data set', value)

    def __delete__(self, obj):
        print('data delete')


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return 'non-data get'


class Host:
    data = DataDesc()
    nondata = NonDataDesc()


h = Host()
print(h.data, '|', Host.data)
h.data = 5
del h.data
h.__dict__['data'] = 'instance value'
print(h.data)
print(h.nondata)
h.__dict__['nondata'] = 'instance wins over non-data'
print(h.nondata)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = '_' + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('expected %s, got %s' % (self.kind.__name__, type(value).__name__))
        setattr(obj, self.private, value)


class Person:
    age = Typed(int)
    name = Typed(str)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person('Ada', 36)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)


class GetOnly:
    def __get__(self, obj, objtype=None):
        return 42


class UsesGetOnly:
    x = GetOnly()


u = UsesGetOnly()
u.x = 'shadow'
print(u.x, UsesGetOnly.x)
print(type(Host.__dict__['data']).__name__)
