# __ne__ defaults to the inverse of __eq__; identity fallback when both sides return NotImplemented.


class Only:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('Only.__eq__')
        if isinstance(other, Only):
            return self.v == other.v
        return NotImplemented


print(Only(1) != Only(1), Only(1) != Only(2))
x = Only(1)
print(x == x, x != x, x == 'str', x != 'str')


class Reflector:
    def __eq__(self, other):
        print('Reflector.__eq__ with', type(other).__name__)
        return 'reflected result'


print(Only(1) == Reflector())
print(5 == Reflector())


class LtOnly:
    def __lt__(self, other):
        print('LtOnly.__lt__')
        return True


print(LtOnly() > LtOnly())
try:
    LtOnly() >= LtOnly()
except TypeError as e:
    print('TypeError:', e)


class NeOnly:
    def __ne__(self, other):
        return 'custom ne'


print(NeOnly() != 1, NeOnly() == NeOnly())
print([Only(1)] == [Only(1)], (Only(2),) != (Only(2),))
