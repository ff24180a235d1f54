# type(name, bases, ns) outside a class statement, __set_name__ failures, function.__dict__

C = type('C', (), {})
print(C.__module__, C.__qualname__, repr(C))
D = type('D', (C,), {'__module__': 'elsewhere', 'x': 1})
print(D.__module__, repr(D), D.x)

def make_in_function():
    return type('Local', (), {'__qualname__': 'make_in_function.<locals>.Local'})

L = make_in_function()
print(L.__module__, L.__qualname__)

class Meta(type):
    pass

M = Meta('M', (), {})
print(type(M).__name__, M.__module__)


class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        if name == 'bad':
            raise ValueError('refused ' + name)


try:
    class Holder:
        good = Named()
        bad = Named()
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print('context is cause:', e.__context__ is e.__cause__, e.__suppress_context__)

try:
    type('Made', (), {'bad': Named()})
except RuntimeError as e:
    print('RuntimeError:', e)


def f():
    return 1


f.a = 1
print(sorted(f.__dict__))
f.__dict__ = {'b': 2}
print(f.b, hasattr(f, 'a'), sorted(vars(f)))
new = {}
f.__dict__ = new
f.c = 3
print(new, f.__dict__ is new)
for bad in (5, None, [('a', 1)]):
    try:
        f.__dict__ = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    del f.__dict__
except TypeError as e:
    print('TypeError:', e)
lam = lambda: 0
lam.__dict__ = {'tag': 'x'}
print(lam.tag)
