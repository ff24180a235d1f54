class A(B):
    def __init__(self):
        super().__init__()
    def f(self):
        def inner():
            return __class__
        return inner
    x = [i for i in range(3)]
    y = 1
    z = [y for _ in range(2)]
class C:
    def g(self):
        class D:
            def h(self):
                return super()
        return D
