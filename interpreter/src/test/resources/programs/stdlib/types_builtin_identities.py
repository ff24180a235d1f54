# types: the built-in type aliases are the types of the matching objects.
import sys
import types


def f():
    yield 1


async def c():
    pass


async def ag():
    yield 1


class K:
    def m(self):
        pass


def make_closure():
    value = 1
    return lambda: value


closure = make_closure()
checks = [
    (types.FunctionType, type(f)), (types.LambdaType, type(lambda: 0)),
    (types.GeneratorType, type(f())), (types.CodeType, type(f.__code__)),
    (types.MethodType, type(K().m)), (types.BuiltinFunctionType, type(len)),
    (types.BuiltinMethodType, type([].append)), (types.ModuleType, type(sys)),
    (types.MappingProxyType, type(K.__dict__)), (types.NoneType, type(None)),
    (types.EllipsisType, type(...)), (types.NotImplementedType, type(NotImplemented)),
    (types.FrameType, type(sys._getframe())), (types.CellType, type(closure.__closure__[0])),
    (types.MethodWrapperType, type((1).__add__)), (types.WrapperDescriptorType, type(object.__init__)),
    (types.MethodDescriptorType, type(str.join)), (types.ClassMethodDescriptorType, type(dict.__dict__['fromkeys'])),
    (types.GetSetDescriptorType, type(types.FunctionType.__dict__['__code__'])),
]
for alias, actual in checks:
    print(alias.__name__, alias is actual)
co = c()
print(type(co) is types.CoroutineType, type(ag()) is types.AsyncGeneratorType)
co.close()
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType)
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType(), types.EllipsisType() is ...)
for t in (types.EllipsisType, types.NotImplementedType, types.NoneType):
    try:
        t(1)
    except TypeError as e:
        print('TypeError', e)
print(types.BuiltinFunctionType is types.BuiltinMethodType, types.FunctionType is types.LambdaType)
m = types.ModuleType('made', 'doc')
print(m.__name__, m.__doc__, repr(m)[:14], types.ModuleType('x').__doc__)
bound = types.MethodType(lambda self: self, 5)
print(bound(), bound.__self__)
print(sorted(n for n in types.__all__ if n.endswith('Type'))[:8])
