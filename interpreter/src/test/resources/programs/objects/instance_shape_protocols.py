# Instance attributes kept without a dict, reached through the protocols the standard library
# uses: copy, dataclasses, __getattr__ fallbacks, object.__setattr__ and super().
import copy
from dataclasses import dataclass, asdict, replace


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
q.x = 10
r.y = [r.y]
print(p, q, r, vars(q), vars(r))
s = copy.copy(q)
s.z = 3
print(s, vars(s), p.__dict__ == {"x": 1, "y": 2})


@dataclass
class Item:
    name: str
    count: int = 0

items = [Item("a"), Item("b", 2)]
items[0].count += 5
print(items, asdict(items[1]), replace(items[0], count=1), items[0] == Item("a", 5))


class Fallback:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "fallback " + name

f = Fallback()
print(f.real, f.missing, getattr(f, "other"), hasattr(f, "anything"))
f.missing = "now real"
print(f.missing, sorted(vars(f)))


class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

g = Guarded()
g.a = "x"
object.__setattr__(g, "_b", "raw")
try:
    g._c = 1
except AttributeError as e:
    print("AttributeError:", e)
print(g.a, g._b, object.__getattribute__(g, "a"), vars(g))
object.__delattr__(g, "a")
print(hasattr(g, "a"), vars(g))


class Counted:
    created = 0

    def __init__(self):
        Counted.created += 1
        self.n = Counted.created

cs = [Counted() for _ in range(5)]
cs[2].extra = True
print([c.n for c in cs], [getattr(c, "extra", False) for c in cs], Counted.created)
print(sorted(k for k in dir(cs[2]) if not k.startswith("__")))
