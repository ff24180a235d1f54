"""Recursive calls: naive Fibonacci plus a method-call variant (call overhead, small ints)."""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Counter:
    def __init__(self):
        self.calls = 0

    def tak(self, x, y, z):
        self.calls += 1
        if y >= x:
            return z
        return self.tak(self.tak(x - 1, y, z), self.tak(y - 1, z, x), self.tak(z - 1, x, y))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
print(fib(n))
c = Counter()
print(c.tak(18, 12, 6), c.calls)
