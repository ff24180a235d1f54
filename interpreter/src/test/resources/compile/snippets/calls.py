f()
f(1, 2)
f(a, b=2, c=3)
f(*args)
f(*args, **kwargs)
f(1, *args, 2, k=1, **kw)
o.m(1)
o.m(x=1)
o.a.b.m(*x)
g(f(1), o.m(2))
max(
    1,
    2,
)
obj.method(
    arg
)
print(f"{x!r:>{width}}")
