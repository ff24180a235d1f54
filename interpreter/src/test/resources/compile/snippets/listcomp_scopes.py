def f(a):
    return [[a + b for b in range(c)] for c in range(a)]
def g():
    y = 1
    return [lambda: y for _ in range(3)], (z for z in [y])
