# types.GenericAlias subclasses make instances of themselves; attributes other than the
# alias's own come from the origin.
import types
class MyAlias(types.GenericAlias):
    def extra(self):
        return 'extra'
a = MyAlias(list, (int,))
print(type(a).__name__, isinstance(a, MyAlias), isinstance(a, types.GenericAlias), a)
print(a.__origin__, a.__args__, a == list[int], a.__class__.__name__)
print(MyAlias.extra(a), type(a).__mro__)
try:
    a.extra()
except AttributeError as e:
    print('AttributeError', e)
class Sub(types.GenericAlias):
    def __new__(cls, origin, args):
        self = super().__new__(cls, origin, args)
        return self
    def __repr__(self):
        return 'Sub<' + super().__repr__() + '>'
b = Sub(dict, (str, int))
print(type(b).__name__, b, b.__origin__, repr(b))
print(type(b[int] if False else b).__name__)
print(repr(MyAlias(tuple, (int, ...))))
print(MyAlias(list, int).__args__, type(MyAlias(list, int)[()]) if False else '')
t = types.GenericAlias(list, (int,))
print(type(t) is types.GenericAlias)
print(isinstance(Sub, type), issubclass(Sub, types.GenericAlias))
print(type(a.__getitem__) if False else hash(a) == hash(list[int]))
la = list[int]
print(la.__name__, la.__qualname__, la.__module__, la.append is list.append, la.__mro__)
print(la.__doc__ == list.__doc__, la.__class__ is types.GenericAlias)
try:
    la.nothing
except AttributeError as e:
    print('AttributeError', e)
