# type() and object: type of things, type with three args, attributes of object, __class__.
print(type(1), type('s'), type([]), type(None), type(type), type(object), type(print), type(len))
print(type(lambda: 0), type(range(1)), type(...), type(NotImplemented), type(1j), type(b''))
T = type('T', (object,), {'x': 1, 'm': lambda self: 'method ' + str(self.x)})
print(T.__name__, T().m(), T.__bases__, T.__module__ if False else 'skip module')
print(object.__name__, object.__bases__, object.__mro__, type.__name__, type.__bases__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(a for a in dir(object) if a in ('__class__', '__eq__', '__hash__', '__repr__', '__init__')))
print(isinstance(object, type), isinstance(type, object), issubclass(type, object), issubclass(object, type))
print(type.__class__, int.__class__, (5).__class__, object.__class__)
for bad in [lambda: type('X'), lambda: type('X', (), {}, 1), lambda: type('X', 5, {}),
            lambda: type(1, (), {}), lambda: type('X', (1,), {})]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(type('Y', (), {}).__qualname__, type('Z', (int,), {})(5) + 1)
print(int.__name__, int.__qualname__, int.__module__, str.__doc__.splitlines()[0])
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, o), o.__hash__() == hash(o))
print(object.__repr__(None) if False else 'skip', object.__str__(5), object.__format__(5, ''))
print(object.__reduce_ex__ is not None, object.__subclasshook__() is NotImplemented)
print(type.__dict__['__name__'].__class__.__name__, int.__dict__['real'].__class__.__name__)
print(object.__init_subclass__(), object.__sizeof__ is not None, vars(type('W', (), {'a': 1}))['a'])
print(type.__call__(int, '7'), type.__new__(type, 'N', (), {}).__name__)
