# Truth testing: __bool__, then __len__, errors when they return the wrong type.


class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('__bool__ called')
        return self.v


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print('__len__ called')
        return self.n


class Both(WithBool, WithLen):
    def __init__(self):
        WithBool.__init__(self, False)
        WithLen.__init__(self, 5)


print(bool(WithBool(True)), bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()))
print('yes' if WithLen(2) else 'no')
print(not WithBool(False))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)


class NegativeLen:
    def __len__(self):
        return -1


try:
    bool(NegativeLen())
except ValueError as e:
    print('ValueError:', e)
try:
    len(NegativeLen())
except ValueError as e:
    print('ValueError:', e)


class FloatLen:
    def __len__(self):
        return 2.0


try:
    len(FloatLen())
except TypeError as e:
    print('TypeError:', e)


class HugeLen:
    def __len__(self):
        return 2 ** 70


try:
    len(HugeLen())
except OverflowError as e:
    print('OverflowError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
print(bool(object()), bool(type), bool(NotImplemented) if False else 'skip NotImplemented')
