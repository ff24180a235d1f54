if a:
    b()
elif c:
    d()
else:
    e()
if x and y or z:
    pass
if not x:
    y = 1
if a < b < c:
    pass
if (a if b else c):
    d = 1
if 0:
    unreachable()
if 1:
    reachable()
x = a and b or c
