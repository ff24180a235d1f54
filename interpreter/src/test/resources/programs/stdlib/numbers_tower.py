# numbers: the ABC hierarchy and which built-in types are registered where
import numbers
from fractions import Fraction

names = ['Number', 'Complex', 'Real', 'Rational', 'Integral']
for value in (1, True, 2.5, 3j, Fraction(1, 3), '7', None, [1]):
    flags = [n for n in names if isinstance(value, getattr(numbers, n))]
    print(type(value).__name__, flags)
for n in names:
    cls = getattr(numbers, n)
    print(n, [b.__name__ for b in cls.__mro__], sorted(cls.__abstractmethods__)[:6])
print(sorted(numbers.Integral.__abstractmethods__))
print(numbers.__all__, numbers.Number.__hash__ is None)
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
