# Chained comparisons evaluate each operand once and short-circuit.
calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5), calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] == True)
print(1 < 2 > 0 < 3 != 3)
print('a' < 'b' <= 'b' < 'c')
print(None is None is not False)
print((1, 2) < (1, 3) < (2,))
print([1] == [1] in [[1]])
try:
    print(1 < 'a' < 2)
except TypeError as e:
    print('TypeError:', e)
calls.clear()
try:
    v(3) < v('x') < v(4)
except TypeError as e:
    print('TypeError:', e, calls)
