a = x < y
b = x == y != z
c = x is None
d = x is not None
e = x in y
f = x not in y
if x is None:
    pass
if x is not None:
    pass
if a < b <= c:
    pass
