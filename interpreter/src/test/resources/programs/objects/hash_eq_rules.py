# __hash__/__eq__ rules: defining __eq__ sets __hash__ to None; explicit hashes; dict/set usage.


class OnlyEq:
    def __eq__(self, other):
        return isinstance(other, OnlyEq)


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print('TypeError:', e)
try:
    {OnlyEq()}
except TypeError as e:
    print('TypeError:', e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return 'Key(%r)' % self.k


d = {Key(1): 'one', Key(2): 'two'}
print(d[Key(1)], Key(2) in d, Key(3) in d)
print(len({Key(1), Key(1), Key(2)}))


class InheritsHash(Key):
    pass


print(hash(InheritsHash(5)) == hash(5))


class Subclass(Key):
    def __eq__(self, other):
        return False


print(Subclass.__hash__)


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print('TypeError:', e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BadHash:
    def __hash__(self):
        return 'string'


try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(-1), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([1])
except TypeError as e:
    print('TypeError:', e)
