# enum: members made by __init__ from tuples, properties, methods, _ignore_ and class attributes.
from enum import Enum, IntEnum

G = 6.673e-11


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(G * self.mass / (self.radius * self.radius), 2)


print(list(Planet), Planet.EARTH.gravity, Planet.EARTH.value)


class Ops(Enum):
    ADD = 'a'
    NAME = 'n'

    def describe(self):
        return f'{self.name}:{type(self.value).__name__}'


print(Ops.ADD.describe(), Ops.NAME.describe(), len(Ops))


class Period(Enum):
    _ignore_ = ['i']
    for i in range(3):
        locals()[f'D{i}'] = i


print(list(Period), hasattr(Period, 'i'))
class Grade(IntEnum):
    LOW = 1
    HIGH = 3

    @classmethod
    def best(cls):
        return max(cls)

    def __str__(self):
        return self.name.title()


print(Grade.best(), str(Grade.LOW), repr(Grade.HIGH), f'{Grade.LOW}', Grade.LOW + Grade.HIGH)
print(sorted(Grade, reverse=True), max(Planet, key=lambda p: p.mass).name)
print(Planet.EARTH.name, Planet.EARTH._name_, Planet.EARTH._value_ == Planet.EARTH.value)
print(type(Planet.__dict__['gravity']).__name__, 'mass' in Planet.__dict__, Planet.EARTH.mass)
try:
    Planet.EARTH.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
