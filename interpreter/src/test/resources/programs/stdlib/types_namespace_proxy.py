# types: SimpleNamespace and MappingProxyType behaviour, reprs and errors.
import types

ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), ns.a, vars(ns))
ns.c = [3]
del ns.b
print(ns, ns == types.SimpleNamespace(a=1, c=[3]), ns != types.SimpleNamespace())
print(hasattr(ns, 'missing'), getattr(ns, 'missing', 'default'))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
inner = types.SimpleNamespace()
inner.me = inner
print(inner)
print(types.SimpleNamespace(**{'x y': 1}))


class Sub(types.SimpleNamespace):
    pass


print(Sub(a=1), Sub(a=1) == types.SimpleNamespace(a=1))
d = {'k': 1}
proxy = types.MappingProxyType(d)
print(proxy, proxy['k'], len(proxy), 'k' in proxy, list(proxy.items()), proxy.get('z', 0))
d['new'] = 2
print(proxy, proxy.copy() == d, type(proxy.copy()).__name__)
for action in (lambda: proxy.__setitem__('k', 2), lambda: proxy.__delitem__('k'), lambda: proxy.pop('k')):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError', e)
print(proxy | {'z': 0}, type(proxy | {'z': 0}).__name__)
print(type(int.__dict__).__name__, isinstance(int.__dict__, types.MappingProxyType))
print(list(reversed(proxy)), proxy == d)
