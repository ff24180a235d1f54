a, (b, c), *d = x
[e, [f, *g]] = y
for k, (l, m) in items:
    pass
h = *i, j
(n,) = z
o, = z
p, q = q, p
r, s, t = t, s, r
def swap(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    return a, b, c
