# copying built-in types: which are returned as is, which are duplicated
import copy
import types

values = [1, 2.5, 3j, 'str', b'bytes', None, True, Ellipsis, NotImplemented, range(3),
          frozenset({1}), (1, 2), [1, 2], {1: 2}, {1, 2}, bytearray(b'x'), len, int,
          slice(1, 2), types.SimpleNamespace(a=1)]
for v in values:
    s = copy.copy(v)
    dcp = copy.deepcopy(v)
    print(type(v).__name__, s is v, dcp is v, s == v, dcp == v)


def f():
    return 1


print(copy.copy(f) is f, copy.deepcopy(f) is f)


class Cls:
    pass


print(copy.copy(Cls) is Cls, copy.deepcopy(Cls) is Cls)
ns = types.SimpleNamespace(inner=[1])
print(copy.copy(ns).inner is ns.inner, copy.deepcopy(ns).inner is ns.inner)
