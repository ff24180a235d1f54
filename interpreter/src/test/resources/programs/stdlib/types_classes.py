# types: resolve_bases with __mro_entries__, new_class/prepare_class metaclass rules and
# errors, DynamicClassAttribute, the module's public names
import types
print(sorted(types.__all__), hasattr(types, 'sys'))
class Entry:
    def __mro_entries__(self, bases):
        return (int, str) if len(bases) > 1 else (dict,)
class BadEntry:
    def __mro_entries__(self, bases):
        return [int]
e = Entry()
print(types.resolve_bases((e, object)), types.resolve_bases((e,)), types.resolve_bases((int,)))
b = (int,)
print(types.resolve_bases(b) is b)
try: types.resolve_bases((BadEntry(),))
except TypeError as x: print(x)
C = types.new_class('C', (e,), {}, lambda ns: ns.update(k=1))
print(C.__mro__, C.__orig_bases__ == (e,), C.__module__, C.k)
class M1(type): pass
class M2(type): pass
A = types.new_class('A', (), {'metaclass': M1})
B = types.new_class('B', (), {'metaclass': M2})
try: types.new_class('AB', (A, B))
except TypeError as x: print(x)
class M1b(M1):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'prepared': (name, kw)}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
print(types.prepare_class('X', (A,), {'metaclass': M1b, 'flag': 2}))
X = types.new_class('X', (A,), {'metaclass': M1b, 'flag': 2})
print(type(X).__name__, X.prepared)
print(types.prepare_class('Y', (), None), types.prepare_class('Y', (A,))[0].__name__)
import enum
class Color(enum.Enum):
    RED = 1
print(Color.RED.name, type(Color.__dict__['name']).__name__ if 'name' in Color.__dict__ else 'inherited')
class D:
    @types.DynamicClassAttribute
    def attr(self):
        return 'instance value'
print(D().attr)
try: D.attr
except AttributeError as x: print('AttributeError', repr(x))
try: types.coroutine(3)
except TypeError as x: print(x)
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
