def f():
    return 1
    x = 2
def g():
    raise E
    y = 3
def h():
    while True:
        break
        z = 1
    for i in x:
        continue
        w = 2
def k(a):
    if a:
        return 1
    else:
        return 2
    unreachable()
