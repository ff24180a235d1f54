def outer(a, b):
    c = 1
    def mid():
        nonlocal c
        c += a
        def inner():
            return a + b + c
        return inner
    return mid
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def g():
    global G
    G = 1
    del G
x = 0
def h():
    return x
def shadow(x):
    del x
