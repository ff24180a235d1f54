x = 0
x += 1
x -= 2
x *= 3
x //= 4
x **= 2
o.a += 1
o[k] |= 3
o.b.c <<= 1
def f(a):
    a += 1
    a.b @= a
    a[1:2] += [3]
    return a
