# types: new_class, prepare_class, resolve_bases, coroutine, DynamicClassAttribute, GenericAlias, UnionType.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases)
        ns['prepared_by'] = mcls.__name__
        return ns


def body(ns):
    ns['x'] = 1


C = types.new_class('C', (object,), {'metaclass': Meta}, body)
print(C.__name__, type(C).__name__, C.x, C.prepared_by)
print(types.prepare_class('D', (), {'metaclass': Meta})[0].__name__)
meta, ns, kw = types.prepare_class('E', (int,), {'flag': 1})
print(meta, dict(ns), kw)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((Entry(), object)), types.resolve_bases((int,)))
D = types.new_class('D', (Entry(),))
print(D.__mro__, D.__orig_bases__[0].__class__.__name__)
try:
    type('X', (Entry(),), {})
except TypeError as e:
    print('TypeError', e)


class Thing:
    @types.DynamicClassAttribute
    def kind(self):
        return 'instance'


print(Thing().kind)
try:
    Thing.kind
except AttributeError as e:
    print('AttributeError', e)


ga = types.GenericAlias(list, (int,))
print(ga, ga == list[int], ga.__origin__, ga.__args__, type(list[int]) is types.GenericAlias)
u = int | str
print(u, type(u) is types.UnionType, u.__args__, isinstance(3, u), int | None)
print(dict[str, list[int]], tuple[int, ...], list[int] | None)
