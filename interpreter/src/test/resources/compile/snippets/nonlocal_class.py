def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        def g(self):
            return x
    return C
def h():
    y = 1
    class D:
        y = 2
        def m(self):
            return y
    return D
