# __call__ on instances, callable(), calling classes, __call__ looked up on the type.


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5), callable('x'.upper), callable(None))
inst = Adder(1)
inst.__call__ = lambda *a: 'instance attribute is ignored'
print(inst(1))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)


class Chain:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self


c = Chain()
print(c()()().calls)


class WithNew:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        print('__init__', args)


WithNew(1, 2)


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print('never called')


print(ReturnsOther())


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print('TypeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
try:
    NotCallable(1)
except TypeError as e:
    print('TypeError:', e)
