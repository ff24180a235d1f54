"""sum() over ints, floats and their mixes: word-sized ints overflowing into big ints, bools,
subclasses overriding __add__/__radd__, signed zeros, infinities, and start values."""
import math
import sys


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return MyInt(7)


class MyFloat(float):
    def __radd__(self, other):
        return "MyFloat.__radd__"


big = sys.maxsize
print(sum([big, big, 1]), sum([big, 1, -big]), sum([-big, -big, -2]), sum(range(10 ** 6)))
print(sum([True, True, 3]), sum([True, False]), type(sum([True])).__name__)
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1e308, 1e308]), sum([1e308, 1e308, -math.inf]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([2 ** 70, 0.5]), sum([0.5, 2 ** 70]))
print(math.isnan(sum([math.inf, -math.inf])), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([1, MyInt(2)]), sum([1.0, MyFloat(2)]), sum([MyInt(1), 2]))
print(sum((x * 0.5 for x in range(7)), 1), sum([3, 4], start=5.0))
for bad in (["a", "b"], [1, "b"], [1.5, None]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([1], "")
except TypeError as e:
    print("TypeError:", e)
