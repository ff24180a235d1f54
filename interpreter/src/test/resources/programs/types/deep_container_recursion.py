# Deeply nested containers: repr counts its depth like CPython's PyObject_Repr and raises
# RecursionError with the same message; comparing and hashing deep tuples/lists needs no Python
# frames and stays within the limit here; self-containing containers print "..." instead.
def nest(make, depth):
    x = make(None)
    for _ in range(depth):
        x = make(x)
    return x

cases = [
    ("list", lambda x: [x]),
    ("tuple", lambda x: (x,)),
    ("dict", lambda x: {1: x}),
    ("set of frozensets", lambda x: {frozenset([x]) if x is not None else 0}),
    ("dict values", lambda x: {1: x}.values()),
    ("dict items", lambda x: {1: x}.items()),
]
for name, make in cases[:3] + cases[4:]:
    deep = nest(make, 50000)
    try:
        repr(deep)
        print(name, "repr ok")
    except RecursionError as e:
        print(name, "RecursionError:", e)

shallow = nest(lambda x: {1: x}.values(), 20)
print(repr(shallow)[:60], len(repr(shallow)))

a = []
a.append(a)
d = {}
d['self'] = d
print(a, d, d.values(), d.items(), d.keys())
v = {}
v[1] = v.values()
print(v)

t1 = nest(lambda x: (x,), 300)
t2 = nest(lambda x: (x,), 300)
print(t1 == t2, hash(t1) == hash(t2))
