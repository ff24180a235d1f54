f = lambda: 0
g = lambda x, *a, k=1, **kw: (x, a, k, kw)
h = lambda: lambda: 1
s = sorted(l, key=lambda e: e[1])
