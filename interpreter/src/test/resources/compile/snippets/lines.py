x = (
    1 +
    2
)
y = [
    a,
    b,
]
f(
    a,
    b
)
z = x if (
    y
) else w
o.a.b.c(
    1)
