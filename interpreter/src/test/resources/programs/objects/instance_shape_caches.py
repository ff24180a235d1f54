# Attribute caches against instances without dicts: class attributes shadowed later,
# descriptors added after instances exist, __dict__ swapped, __class__ changed, __slots__ mixes.

class A:
    def m(self):
        return "A.m"

    kind = "class"


def call_m(o):
    return o.m()            # LOAD_METHOD


def get_kind(o):
    return o.kind           # LOAD_ATTR


def set_kind(o, v):
    o.kind = v              # STORE_ATTR


objs = [A() for _ in range(3)]
print([call_m(o) for o in objs], [get_kind(o) for o in objs])
objs[1].m = lambda: "instance m"       # an instance attribute shadows the method
print([call_m(o) for o in objs])
set_kind(objs[2], "mine")
print([get_kind(o) for o in objs])
del objs[1].m
print([call_m(o) for o in objs])

# a data descriptor added to the class after the instances stored the name
class Loud:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        print("set via descriptor", value)

A.kind = Loud()
print([get_kind(o) for o in objs])
set_kind(objs[0], "x")
del A.kind
print([get_kind(o) if hasattr(o, "kind") else "none" for o in objs])

# a method replaced on the class
A.m = lambda self: "new A.m"
print([call_m(o) for o in objs])

# __dict__ swapped for another dict, shared by two instances
a, b = A(), A()
a.v = 1
shared = {"v": 2, "m": lambda: "from shared dict"}
a.__dict__ = shared
b.__dict__ = shared
print(a.v, b.v, call_m(a), call_m(b))
set_kind(b, "via b")
print(get_kind(a), shared["kind"])
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

# __class__ assignment keeps the attributes
class B:
    def m(self):
        return "B.m " + str(self.x)

c = A()
c.x = 7
print(call_m(c))
c.__class__ = B
print(call_m(c), vars(c))
c.y = 8
print(c.__dict__)

# __slots__ with a __dict__ slot
class Slotted:
    __slots__ = ("s", "__dict__")

z = Slotted()
z.s = 1
z.extra = 2
print(z.s, z.extra, vars(z))
class NoDict:
    __slots__ = ("s",)

n = NoDict()
try:
    set_kind(n, 1)
except AttributeError as e:
    print("AttributeError:", e)

# a subclass sharing the sites
class Sub(A):
    pass

sub = Sub()
set_kind(sub, "sub")
print(get_kind(sub), call_m(sub), list(vars(sub)))
