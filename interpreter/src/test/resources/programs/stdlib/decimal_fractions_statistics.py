# Fraction.from_decimal, Fractions made from Decimals, and statistics with Decimal data.
from decimal import Decimal, localcontext
from fractions import Fraction
import statistics

for v in ['1.5', '-0.125', '1E+3', '0', '3.14159']:
    print(v, Fraction.from_decimal(Decimal(v)), Fraction(Decimal(v)))
for bad in ['inf', 'nan']:
    try:
        Fraction.from_decimal(Decimal(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(e)
print(Fraction(1, 3) + Fraction(Decimal('0.5')), Fraction(Decimal('2.5')) == Decimal('2.5'))

data = [Decimal('0.5'), Decimal('0.75'), Decimal('0.625'), Decimal('0.5'), Decimal('1.25')]
print(repr(statistics.mean(data)), repr(statistics.median(data)), repr(statistics.mode(data)))
print(repr(statistics.fmean(data)), repr(statistics.median_low(data)), repr(statistics.median_high(data)))
print(repr(statistics.variance(data)), repr(statistics.pvariance(data)))
print(repr(statistics.stdev(data)), repr(statistics.pstdev(data)))
print(repr(statistics.harmonic_mean(data)), repr(statistics.geometric_mean(data)))
with localcontext(prec=6):
    print(repr(statistics.mean([Decimal(1), Decimal(2), Decimal(2)])), repr(statistics.stdev(data)))
print(sum(data), sum(data, Decimal('0.00')), max(data), min(data))
