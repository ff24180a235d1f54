def f():
    global x, y
    x = 1
    return y
def g():
    return x
x = 2
class C:
    global z
    z = 1
