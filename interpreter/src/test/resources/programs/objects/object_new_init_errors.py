# object.__new__/__init__ argument checking rules and class instantiation paths.


class OnlyInit:
    def __init__(self, a):
        self.a = a


class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)


print(OnlyInit(1).a, type(OnlyNew(1)).__name__)


class Neither:
    pass


for attempt in [lambda: Neither(1), lambda: OnlyInit(), lambda: object.__new__(Neither, 1),
                lambda: object.__init__(Neither(), 1), lambda: object.__new__(int),
                lambda: int.__new__(Neither)]:
    try:
        attempt()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)


class NewReturnsSubclass:
    def __new__(cls):
        return object.__new__(Sub)

    def __init__(self):
        print('__init__ called on', type(self).__name__)


class Sub(NewReturnsSubclass):
    pass


NewReturnsSubclass()


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


print(Singleton() is Singleton())
