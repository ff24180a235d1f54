class A:
    x = 1
    f = lambda self: x
    g = [x for _ in range(2)]
    def m(self):
        return [super().m() for _ in range(2)]
    def n(self):
        return lambda: __class__
    __class__ = 5
class B:
    def m(self):
        class C:
            def k(self):
                return super()
        return C
