# Class patterns with inherited __match_args__, builtin subclasses, and attribute lookups via properties.


class Base:
    __match_args__ = ('a',)

    def __init__(self, a):
        self.a = a


class Derived(Base):
    __match_args__ = Base.__match_args__ + ('b',)

    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


class Computed:
    __match_args__ = ('double',)

    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        print('property accessed')
        return self.v * 2


def check(x):
    match x:
        case Derived(1, b):
            return 'Derived with a=1, b=%r' % (b,)
        case Base(a):
            return 'Base-like with a=%r' % (a,)
        case Computed(10):
            return 'computed double is 10'
        case bool(flag):
            return 'bool %r' % flag
        case int(n):
            return 'int %r' % n
        case _:
            return 'other'


for value in [Derived(1, 2), Derived(5, 6), Base(3), Computed(5), Computed(1), True, 7, 'x']:
    print(check(value))


class MyInt(int):
    pass


match MyInt(4):
    case int(n):
        print('int subclass matches int(n):', n, type(n).__name__)
match {'k': MyInt(1)}:
    case {'k': 1}:
        print('literal 1 matches MyInt(1)')
