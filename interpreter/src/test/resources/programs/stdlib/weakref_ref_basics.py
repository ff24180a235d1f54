# weakref.ref: identity, sharing of the basic ref, hashing, equality, errors
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Node(%s)' % self.name


a = Node('a')
r = weakref.ref(a)
print(r() is a, r() == a)
print('basic ref shared:', weakref.ref(a) is r)
cb_ref = weakref.ref(a, lambda x: None)
print('callback ref shared:', cb_ref is r, cb_ref == r)
print('count:', weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print('hash follows referent:', hash(r) == hash(a))
print('type:', type(r), type(r).__name__, isinstance(r, weakref.ReferenceType))
print('callback attr:', r.__callback__, callable(cb_ref.__callback__))

b = Node('b')
rb = weakref.ref(b)
print('different referents equal?', rb == r, rb != r)
h = hash(rb)
del b
gc.collect()
print('dead:', rb(), 'hash kept:', hash(rb) == h)
print('dead equals itself only:', rb == rb, rb == weakref.ref(a))

for value in (1, 'text', (1, 2), [1], {'k': 1}, None, 2.5, object()):
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)

for value in (len, Node, set(), frozenset(), weakref, print, Node.__init__):
    print(type(value).__name__, weakref.ref(value)() is value)


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


class Plain(Slotted):
    pass


for cls in (Slotted, SlottedWeak, Plain):
    try:
        weakref.ref(cls())
        print(cls.__name__, 'ok')
    except TypeError as e:
        print(cls.__name__, e)

for base in (int, tuple, bytes, str, list, dict, Exception):
    sub = type('Sub' + base.__name__, (base,), {})
    try:
        weakref.ref(sub())
        print(base.__name__, 'subclass ok')
    except TypeError as e:
        print(base.__name__, e)

try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    r(1)
except TypeError as e:
    print(e)
print(weakref.ref[int])
