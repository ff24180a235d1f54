# Numeric builtins on floats: sum precision, round-half-even, min/max of mixed types.
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([0.1] * 10) == 1.0)
print([round(x / 2) for x in range(-5, 6)])
print([round(x / 8, 2) for x in range(8)])
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.5, 0), round(0.125, 2), round(0.375, 2), round(1e16 + 1.5))
print(max(1, 2.0), max(2.0, 2), min(1, True), min(True, 1), max(-0.0, 0.0), max(0.0, -0.0))
print(abs(-7 // 2), -7 // 2.0, 7 % -3.0, pow(-2, 0.5) if False else 'skip', 10 ** -2)
print(int(2.5), int(-2.5), math.floor(2.5), math.ceil(2.5), math.trunc(2.5))
print(sum([True, 2, 3.5, 1j]), sum([], 0.0), type(sum([], 0.0)).__name__)
print(divmod(-7.5, 2), divmod(7, -2.5), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float.__round__(2.675, 2), int.__round__(15, -1), int.__round__(25, -1))
