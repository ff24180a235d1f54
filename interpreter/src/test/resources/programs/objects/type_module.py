# __module__ of built-in types and of classes made by type(name, bases, ns) (the caller's globals' __name__)
import builtins, types
names = sorted(n for n in dir(builtins) if n != "__loader__" and isinstance(getattr(builtins, n), type))
bad = [n for n in names if getattr(builtins, n).__module__ != 'builtins']
print(len(names) > 50, bad)
print(type.__module__, object.__module__, int.__module__, BaseException.__module__)
print(type(type.__dict__['__module__']).__name__)
for t in (types.FunctionType, types.GeneratorType, types.ModuleType, types.MappingProxyType, types.SimpleNamespace, type(None), type(...), type(NotImplemented)):
    print(t.__name__, t.__module__)
X = type('X', (), {})
print(X.__module__, X.__qualname__)
Y = type('Y', (object,), {'__module__': 'mymod'})
print(Y.__module__, repr(Y))
class Z: pass
print(Z.__module__)
Z.__module__ = 'other'
print(repr(Z), Z.__dict__['__module__'])
def make():
    return type('W', (), {})
g = {'__name__': 'fake', 'make': make}
print(make().__module__)
print(eval("type('V', (), {})", {'__name__': 'evalmod'}).__module__)
V = eval("type('V', (), {})", {})
print(getattr(V, "__module__", "no module"), hasattr(V, "__module__"))
try:
    V.__module__
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    int.__module__ = 'x'
except TypeError as e:
    print(e)
print(repr(V), repr(X))
for t in (types.CodeType, types.FrameType, types.TracebackType, types.CellType, types.MethodType,
          types.BuiltinFunctionType, types.WrapperDescriptorType, types.MemberDescriptorType,
          types.GetSetDescriptorType, types.CoroutineType, types.AsyncGeneratorType,
          types.GenericAlias, types.UnionType, types.EllipsisType, types.NotImplementedType):
    print(t.__name__, t.__module__, t.__qualname__)
