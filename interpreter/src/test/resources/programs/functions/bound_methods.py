# Bound and unbound methods: __self__, __func__, equality, rebinding, methods of builtins.


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting='Hello'):
        return '%s, %s' % (greeting, self.name)


g = Greeter('Ada')
m = g.greet
print(m(), m('Hi'))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
print(Greeter.greet(g, 'Hey'))
print(g.greet == g.greet, g.greet is g.greet)
other = Greeter('Bob')
print(g.greet == other.greet)
print(type(m).__name__, type(Greeter.greet).__name__)
append = [].append
print(type(append).__name__, append.__self__)
print(type(str.upper).__name__, type('x'.upper).__name__)
print(str.upper('abc'), 'abc'.upper())
g.greet = lambda: 'instance attribute wins'
print(g.greet())
del g.greet
print(g.greet())
bound_to_other = Greeter.greet.__get__(other)
print(bound_to_other())
import types
mt = types.MethodType(lambda self: self.name * 2, g)
print(mt())
print(callable(m), callable(g))
