# enum: the functional API, _missing_, _generate_next_value_, aliases and lookups.
from enum import Enum, IntEnum, auto, unique


Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal['CAT'], Animal(1))
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(repr(Pets.DOG), Pets('f'), Pets.__members__.keys())
Nums = IntEnum('Nums', {'ONE': 1, 'TWO': 2}, start=5)
print(list(Nums), Nums.TWO + 1)
Started = Enum('Started', 'A B', start=10)
print([m.value for m in Started])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape.ALIAS_FOR_SQUARE, Shape(2), Shape('circle'), list(Shape))
print(list(Shape.__members__), Shape.__members__['ALIAS_FOR_SQUARE'] is Shape.SQUARE)
try:
    Shape(9)
except ValueError as e:
    print('ValueError', e)
try:
    Shape['NOPE']
except KeyError as e:
    print('KeyError', e)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()


print(Lower.X.value, Lower('y'))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)
try:
    class Redefined(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Sub(Shape):
        EXTRA = 4
except TypeError as e:
    print('TypeError', e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Shape.SQUARE
except AttributeError as e:
    print('AttributeError', e)
