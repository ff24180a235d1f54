# __index__ used by slicing, bin/hex/oct, sequence repetition, range, operator.index.
import operator


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], data[::Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print('ab' * Idx(3), [0] * Idx(2))
print(list(range(Idx(3))), operator.index(Idx(7)))
print(int(Idx(9)) if hasattr(Idx, '__int__') else 'int() uses __index__:', int(Idx(9)))
print((10).to_bytes(Idx(2), 'big'))


class BadIndex:
    def __index__(self):
        return 'not int'


try:
    data[BadIndex()]
except TypeError as e:
    print('TypeError:', e)
try:
    data['x']
except TypeError as e:
    print('TypeError:', e)
try:
    data[1.0]
except TypeError as e:
    print('TypeError:', e)
try:
    operator.index(2.5)
except TypeError as e:
    print('TypeError:', e)


class IntLike:
    def __int__(self):
        return 4


print(int(IntLike()))
try:
    [1, 2][IntLike()]
except TypeError as e:
    print('TypeError:', e)
print(complex(Idx(2)), float(Idx(3)))
print(round(2.675, Idx(2)))
