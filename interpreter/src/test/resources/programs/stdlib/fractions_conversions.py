# fractions: from_float, limit_denominator, str/repr and the numbers tower
from fractions import Fraction
import numbers, math

print(Fraction.from_float(0.1), Fraction.from_float(3), Fraction.from_float(-2.5))
print(Fraction(0.1).limit_denominator(), Fraction(0.1).limit_denominator(100))
print(Fraction(math.pi).limit_denominator(10), Fraction(math.pi).limit_denominator(1000))
print(Fraction(math.pi).limit_denominator(100000), Fraction(math.e).limit_denominator(7))
print(Fraction(1, 3).limit_denominator(3), Fraction(3, 7).limit_denominator(1))
print(Fraction(-13, 17).limit_denominator(5), Fraction(127, 64).limit_denominator(10))
print([str(Fraction(n, 12)) for n in range(-3, 13, 5)])
print([repr(Fraction(1, d)) for d in (1, 2, -3)])

class Money(Fraction):
    pass

m = Money(5, 2)
print(repr(m), type(+m).__name__, type(m + 1).__name__)
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(1, numbers.Integral))
print(isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
print(isinstance(Fraction(1), numbers.Integral), issubclass(numbers.Integral, numbers.Number))
print(isinstance('1', numbers.Number), numbers.Number.__hash__)
print(Fraction(True), Fraction(numbers.Integral.numerator.fget(7)))
print(sum([Fraction(1, n) for n in range(1, 8)]), math.fsum([0.5, Fraction(1, 4)]))
print(f'{Fraction(1, 3)!s:>8}|{Fraction(1, 3)!r}', format(Fraction(7, 3)))
print(Fraction(10**30 + 1, 10**30) - 1, Fraction(2**70, 3**40) > 1)
for bad in (lambda: Fraction.from_float('x'), lambda: Fraction(1, 2).limit_denominator(0),
            lambda: format(Fraction(1, 2), '.2f'), lambda: Fraction.from_decimal(1.5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Half(numbers.Real):
    pass
try:
    Half()
except TypeError as e:
    print('TypeError:', str(e).split(' with')[0])
