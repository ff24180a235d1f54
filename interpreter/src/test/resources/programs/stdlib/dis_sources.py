# dis of source strings, classes, modules-like objects, methods, generators and tracebacks.
import dis
import sys

dis.dis("a + b * c")
dis.dis("x = 1\nif x:\n    print(x)\n")
dis.dis("del a[0], b.c\nglobal q\nq = -a or b and not c\n")


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)

    @staticmethod
    def make():
        return Point(0)

    @classmethod
    def build(cls, v):
        return cls(v)

    label = "not code"


dis.dis(Point)
dis.dis(Point(1).norm)


def gen():
    yield 1
    yield 2


g = gen()
dis.dis(g)
print(dis.Bytecode(Point.build).codeobj.co_name)
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)


def fail():
    x = 1
    return x / 0


try:
    fail()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
dis.distb(tb.tb_next)
print(dis.Bytecode.from_traceback(tb.tb_next).current_offset)
