x = 1
y = z = x
a, b = b, a
a, b, c = c, b, a
[p, q] = 1, 2
first, *rest = range(10)
*init, last = [1, 2, 3]
x.attr = 5
x[0] = x[1]
del x[0], x.attr
del y
