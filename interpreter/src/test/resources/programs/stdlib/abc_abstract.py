# abc: abstract methods block instantiation with CPython's message; ABC, ABCMeta.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def perimeter(self):
        return 4


for cls in (Shape, Half, Square):
    try:
        print(cls.__name__, sorted(cls.__abstractmethods__), cls().describe())
    except TypeError as e:
        print('TypeError:', e)
print(type(Shape), type(Shape).__name__, abc.ABC.__abstractmethods__, abc.ABCMeta, abc.ABC)
print(isinstance(Square(), Shape), issubclass(Square, Shape), Shape.area.__isabstractmethod__)


class Base(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def name(self):
        ...

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print('TypeError:', e)


class Impl(Base):
    name = 'impl'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


print(Impl.make().name, Impl.helper(), Impl.__abstractmethods__)


class Plain(abc.ABC):
    pass


print(type(Plain()).__name__, Plain.__abstractmethods__)
