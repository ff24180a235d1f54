# Instances keep their attributes without a dict until something needs one: every way of
# reaching an instance's attributes must agree, whatever order they were added in.

class P:
    def __init__(self, first, *rest):
        for name in (first,) + rest:
            setattr(self, name, name.upper())

    def show(self):
        return [self.__dict__[k] for k in self.__dict__]


def read(o, names):
    out = []
    for n in names:                      # one LOAD_ATTR site sees many layouts
        out.append(getattr(o, n, "-"))
    return out


objs = [P("a", "b", "c"), P("c", "b", "a"), P("b"), P("a", "c"), P("a", "b", "c", "d")]
for o in objs:
    print(sorted(vars(o)), list(vars(o)), read(o, "abcd"), o.show())

# the same site reading attribute x of objects with different layouts
class Q:
    pass

qs = []
for i in range(6):
    q = Q()
    if i % 2:
        q.y = i
    q.x = i * 10
    if i % 3 == 0:
        q.z = -i
    qs.append(q)
print([q.x for q in qs], [getattr(q, "y", None) for q in qs], [list(q.__dict__) for q in qs])

# deletion, then re-adding: the order is the dict's order
q = Q()
q.a, q.b, q.c = 1, 2, 3
del q.b
q.b = 4
print(list(q.__dict__.items()), q.b)
try:
    del q.nothere
except AttributeError as e:
    print("AttributeError:", e)
try:
    q.nothere
except AttributeError as e:
    print("AttributeError:", e)

# writes through __dict__ are attributes at once, and the other way round
r = Q()
r.a = 1
d = r.__dict__
d["b"] = 2
r.c = 3
print(r.b, d, d is r.__dict__, vars(r) is d)
d.clear()
print(hasattr(r, "a"), r.__dict__)
r.__dict__.update(x=1, y=2)
print(r.x + r.y, sorted(dir(r))[-2:])

# many attributes and unusual names
m = Q()
for i in range(50):
    setattr(m, "attr%d" % i, i)
setattr(m, "with space", 1)
setattr(m, "", 2)
print(sum(getattr(m, "attr%d" % i) for i in range(50)), getattr(m, "with space"), getattr(m, ""), len(vars(m)))

class S(str):
    pass

s = Q()
setattr(s, S("sub"), 5)
print(s.sub, [type(k).__name__ for k in vars(s)])
