# types: the type objects, SimpleNamespace and new_class.
import sys
import types

for name in ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
             'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
             'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
             'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
             'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
             'MemberDescriptorType', 'GenericAlias', 'EllipsisType', 'NoneType',
             'NotImplementedType']:
    print(name, getattr(types, name))


def f():
    pass


print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(sys) is types.ModuleType)
print(types.NoneType is type(None), isinstance(list[int], types.GenericAlias))
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 'x'
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b=[2], c='x'), vars(ns))
del ns.a
print(ns, types.SimpleNamespace())
m = types.ModuleType('fresh', 'doc')
print(m.__name__, m.__doc__)
C = types.new_class('C', (object,), {}, lambda body: body.update(z=3, hello=lambda self: 'hi'))
print(C.__name__, C.z, C().hello(), C.__mro__)


class Meta(type):
    pass


D = types.new_class('D', (C,), {'metaclass': Meta})
print(type(D).__name__, D.__bases__, types.resolve_bases((int, str)))
meta, ns2, kw = types.prepare_class('E', (C,), {'metaclass': Meta, 'x': 1})
print(meta.__name__, ns2, kw)
