class A:
    pass
class B(A, metaclass=M):
    "Doc."
    x = 1
    def method(self):
        return super().method()
    def other(self):
        return __class__
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return self._p
class C:
    __private = 1
    def f(self):
        return self.__private
    class Inner:
        def g(self):
            pass
@dec
class D:
    y: int = 3
    z: str
