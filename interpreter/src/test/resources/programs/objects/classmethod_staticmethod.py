# classmethod and staticmethod: binding, calling through instances/classes/subclasses, wrapping.


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1

    @classmethod
    def create(cls):
        return cls()

    @classmethod
    def how_many(cls):
        return '%s: %d' % (cls.__name__, cls.instances)

    @staticmethod
    def helper(x, y):
        return x * y


class Sub(Counter):
    instances = 0


Counter.create()
Sub.create()
Sub().create()
print(Counter.how_many(), Sub.how_many())
print(Counter.helper(3, 4), Sub().helper(2, 5))
cm = Counter.__dict__['create']
sm = Counter.__dict__['helper']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(Counter.create.__self__ is Counter, Sub.create.__self__ is Sub)
print(sm(6, 7))
print(callable(sm))
bound = cm.__get__(None, Sub)
print(bound().__class__.__name__)
print(staticmethod(len)('abcd'))
print(classmethod(lambda cls: cls.__name__).__get__(None, int)())
print(Counter.helper.__name__, Counter.how_many.__name__)
