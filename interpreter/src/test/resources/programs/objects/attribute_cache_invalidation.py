# Attribute and global look-ups are cached per instruction; every way of changing what a
# look-up finds must show at once: class and base-class attributes set or deleted, an instance
# dict shadowing a method, __class__ assignment, descriptors and __getattr__ added later,
# several types at one site, globals rebound, builtins shadowed and unshadowed.
class Base:
    kind = "base"

    def who(self):
        return "Base.who"

class Child(Base):
    pass

class Other:
    kind = "other"

    def who(self):
        return "Other.who"

def probe(o):
    try:
        return (o.kind, o.who())
    except AttributeError as e:
        return ("AttributeError", str(e))

c = Child()
print(probe(c), probe(Other()))
Base.who = lambda self: "patched Base.who"
print(probe(c))
Child.who = lambda self: "Child.who"
Base.kind = "base2"
print(probe(c))
del Child.who
print(probe(c))
c.who = lambda: "instance who"
c.kind = "instance kind"
print(probe(c))
del c.who, c.kind
print(probe(c))
c.__class__ = Other
print(probe(c))
c.__class__ = Child
Base.kind = property(lambda self: "property kind")
print(probe(c))
del Base.kind
print(probe(c))
Base.__getattr__ = lambda self, name: "getattr " + name
print(probe(c))
del Base.__getattr__
print(probe(c))

def store(o, v):
    o.value = v
    return o.value

class Slotted:
    __slots__ = ("value",)
class Guarded:
    @property
    def value(self):
        return "read-only"

results = []
for o in [Child(), Slotted(), Other(), Child(), Slotted()]:
    results.append(store(o, len(results)))
try:
    store(Guarded(), 1)
except AttributeError as e:
    results.append(str(e))
print(results)

def use_globals():
    return (len("abc"), counter)

counter = 1
print(use_globals())
counter = 2
print(use_globals())
len = lambda s: "shadowed len"
print(use_globals())
del len
print(use_globals())
del counter
try:
    use_globals()
except NameError as e:
    print("NameError:", e)
