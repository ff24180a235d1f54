# super().name(...) calls (the VM calls the function with self instead of a bound method):
# methods, classmethods, staticmethods, properties, data, __class__, generators, nested
# functions, missing names, class attributes changed after use, tracing on.
import sys

class Base:
    def __init__(self, x):
        self.x = x
    def greet(self, who):
        return f"Base.greet {who} {self.x}"
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def tool(a):
        return a * 2
    @property
    def doubled(self):
        return self.x * 2
    data = 41
    def gen(self, n):
        for i in range(n):
            yield i + self.x

class Child(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
    def greet(self, who):
        return "Child+" + super().greet(who)
    @classmethod
    def make(cls, x):
        return super().make(x + 100)
    def tool_use(self):
        return super().tool(5), super().doubled, super().data, super().__class__.__name__
    def gen(self, n):
        yield from super().gen(n)
        yield "end"
    def nested(self):
        def inner():
            return super(Child, self).greet("inner")
        return inner()
    def lam(self):
        return (lambda: super(Child, self).greet("lambda"))()
    def missing(self):
        try:
            super().nope()
        except AttributeError as e:
            print("AttributeError:", e)

c = Child(1, 2)
print(c.x, c.y, c.greet("bob"))
m = Child.make(3)
print(type(m).__name__, m.x)
print(c.tool_use())
print(list(c.gen(3)))
print(c.nested(), c.lam())
c.missing()

# An instance attribute shadowing the method name does not affect super().
c.greet = lambda who: "instance"
print(c.greet("x"), Child.greet(c, "y"))

# Class attribute replaced after first use: the new one is found.
def new_greet(self, who):
    return "patched " + who
Base.greet = new_greet
print(Child.greet(c, "z"))
Base.greet = 7
try:
    Child.greet(c, "w")
except TypeError as e:
    print("TypeError:", e)

# Calling super() methods in a loop, with tracing on.
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__init__", "run"):
        events.append((frame.f_code.co_name, event))
    return tracer
class A:
    def __init__(self):
        self.n = 0
class B(A):
    def __init__(self):
        super().__init__()
        self.n += 1
    def run(self):
        return super().__init__()
sys.settrace(tracer)
b = B()
b.run()
sys.settrace(None)
print(events)
print(sum(B().n for _ in range(1000)))

# Two-argument forms, and an unbound super.
print(super(Child, c).doubled, super(Base, c).__init__.__name__)
s = super(Child)
print(type(s).__name__, s.__self__)
