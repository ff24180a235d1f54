# __mro_entries__, types.new_class, class creation through type() with a metaclass.
import types


class Plugin:
    pass


class Marker:
    def __mro_entries__(self, bases):
        return (Plugin,)


class Uses(Marker()):
    pass


print(Uses.__bases__, Uses.__orig_bases__[0].__class__.__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        return super().__new__(mcls, name, bases, ns)


Dyn = types.new_class('Dyn', (Plugin,), {'metaclass': Meta}, lambda ns: ns.update(x=1))
print(Dyn.__name__, Dyn.x, Dyn.made_by, type(Dyn).__name__, Dyn.__bases__)
print(types.resolve_bases((Marker(), int)))
T = Meta('T', (), {})
print(T.made_by, type(T) is Meta)
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3))
