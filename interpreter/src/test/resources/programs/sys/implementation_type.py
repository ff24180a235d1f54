# sys.implementation is a types.SimpleNamespace; the fields every implementation shares.
import sys
import types

impl = sys.implementation
print(type(impl) is types.SimpleNamespace, type(impl).__name__, type(impl).__module__)
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(sorted(k for k in vars(impl) if not k.startswith('_')))
print(isinstance(impl.name, str), impl.name == impl.name.lower())

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.b
print(ns, vars(ns))
print(ns == types.SimpleNamespace(a=1, c=[3]), ns != types.SimpleNamespace(a=1))
try:
    types.SimpleNamespace({'x': 1}, y=2)
except TypeError as e:
    print("TypeError:", e)
print(type(ns).__hash__)


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=0))
