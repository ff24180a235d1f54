"""Call-heavy workload for the tracing overhead benchmark (bench/trace-overhead.sh): recursive
calls, method calls and a loop with small function calls; every call is a 'call' and a 'return'
event, every statement a 'line' event."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def add(a, b):
    return a + b


def walk(steps):
    p = Point(0, 0)
    total = 0
    for i in range(steps):
        p = p.moved(1, -1)
        total = add(total, p.x)
    return total


def workload():
    return fib(24), walk(150000)
