def f(a, b=1, *, c, d=2, e=3):
    pass
def g(*, x=1):
    pass
def h(a=1, /, b=2):
    pass
class K:
    def m(self, *, __p=1):
        pass
