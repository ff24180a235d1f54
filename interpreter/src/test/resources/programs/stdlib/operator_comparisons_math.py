# operator functions for comparisons, arithmetic, bits, truth and sequences
import operator

pairs = [(3, 5), (5, 5), (-2, 7)]
for a, b in pairs:
    print([f(a, b) for f in (operator.lt, operator.le, operator.eq, operator.ne, operator.ge, operator.gt)])
print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4), operator.rshift(64, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.getitem('abc', -1))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.matmul.__name__, operator.__add__ is operator.add)
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    operator.lt(1, 'a')
except TypeError as e:
    print('TypeError:', e)
