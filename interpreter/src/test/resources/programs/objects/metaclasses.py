# Metaclasses: __new__/__init__/__call__, keyword arguments, inheritance of metaclass, class registry.


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kwargs):
        print('Registry.__new__', name, sorted(k for k in ns if not k.startswith('__')), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print('Registry.__init__', name)
        super().__init__(name, bases, ns)
        cls.tag = kwargs.get('tag', 'none')

    def __call__(cls, *args):
        print('creating instance of', cls.__name__, args)
        return super().__call__(*args)


class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v


class Child(Base, tag='special'):
    extra = 1


c = Child(5)
print(c.v, Child.tag, Base.tag)
print(Registry.classes, type(Child).__name__)
print(isinstance(Child, Registry), isinstance(c, Registry))


class Meta2(type):
    def __repr__(cls):
        return '<class via Meta2 %s>' % cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Shown(metaclass=Meta2):
    pass


print(repr(Shown), Shown.upper_name)
try:
    Shown().upper_name
except AttributeError as e:
    print('AttributeError:', e)
Dynamic = type('Dynamic', (Base,), {'x': 10})
print(Dynamic.x, type(Dynamic).__name__, Dynamic.tag)
print(type(type), type(object), type(int))


class MetaA(type): pass
class MetaB(type): pass
class WithA(metaclass=MetaA): pass
class WithB(metaclass=MetaB): pass


try:
    class Both(WithA, WithB):
        pass
except TypeError as e:
    print('TypeError:', e)
