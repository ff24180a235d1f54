class A:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        pass
    @classmethod
    @functools.cache
    def c(cls):
        pass
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
