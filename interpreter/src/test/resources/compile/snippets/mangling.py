class Foo:
    __a = 1
    def __m(self, __arg):
        self.__x = __arg
        import __mod
        return self.__x.__y
    def n(self, *, __kw=1):
        return __kw
    def __dunder__(self):
        return self.__dunder__
class _:
    __z = 1
class __Bar__:
    __q = 1
