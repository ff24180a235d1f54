# The evaluation loop's inline int/float paths must agree with the general ones at the
# machine-word edges: overflow into big ints, floor division and modulo signs, zero divisors,
# in-place forms, int/float mixes and subclasses (which must not take the fast path).
M = 2**63 - 1
ints = [0, 1, -1, 7, -7, 3, 2**31, -2**31, M, -M - 1, 2**62, -2**62, 2**64]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b)]


def apply(f, a, b):
    try:
        r = f(a, b)
        return "%s:%r" % (type(r).__name__, r)
    except (ZeroDivisionError, OverflowError) as e:
        return "%s(%s)" % (type(e).__name__, e)


for name, f in ops:
    row = [apply(f, x, y) for x in ints for y in ints]
    print(name, len(row), row[:3], row[100:103], row[-3:])
    print("  edges", apply(f, M, 1), apply(f, -M - 1, -1), apply(f, -M - 1, 1), apply(f, 7, 0))

acc = 0
for i in range(1, 200):
    acc += i * i
    acc -= i // 3
    acc *= 3
    acc %= 10**12 + 39
print("in-place", acc)
big = M
big += 1
small = -M - 1
small -= 1
prod = 2**40
prod *= 2**40
print("in-place overflow", big, small, prod)

floats = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), 3, 2**62]
for name, f in ops[:3] + [("/", lambda a, b: a / b)]:
    row = [apply(f, x, y) for x in floats for y in floats]
    print(name, row[:4], row[20:24], row[-4:])
print("float by int zero", apply(lambda a, b: a / b, 1.5, 0), apply(lambda a, b: a * b, 1e308, 10))


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __rsub__(self, other):
        return "MyInt.__rsub__"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"


print(MyInt(2) + 3, 5 - MyInt(2), MyFloat(2.0) * 3.0, True + True, True - 2, False * 3.5)
x = MyInt(4)
x += 1
print(x)
