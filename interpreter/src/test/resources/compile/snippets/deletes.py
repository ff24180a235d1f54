x = 1
del x
def f():
    y = 2
    del y
    def g():
        return z
    z = 1
    del z
del a.b, c[d]
