a = x[1]
b = x[1:2]
c = x[::2]
d = x[a:b:c]
e = x[1, 2]
f = x[..., 1:]
x[1:2] = y
del x[::3]
