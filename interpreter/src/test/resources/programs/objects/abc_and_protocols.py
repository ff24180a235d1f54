# abc.ABC abstract methods, register, __subclasshook__.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Half(Shape):
    pass


print(Square(3).describe())
try:
    Half()
except TypeError as e:
    print('TypeError:', e)


class Duck:
    def area(self):
        return 0


Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), Duck.__mro__)


class Drawable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'draw') or NotImplemented


class Pen:
    def draw(self):
        pass


print(isinstance(Pen(), Drawable), isinstance(Duck(), Drawable))
print(Shape.__abstractmethods__, Square.__abstractmethods__)
