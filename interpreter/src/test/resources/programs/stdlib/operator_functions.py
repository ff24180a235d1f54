# operator: the function forms of the operators.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth([1]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
class Hint:
    def __length_hint__(self):
        return 5


print(op.concat([1], [2]), op.concat('a', 'b'), op.index(7), op.length_hint([1, 2]), op.length_hint(Hint()))
print(op.length_hint(x for x in []), op.length_hint(5, 9), op.call(max, 1, 5, 3))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d, op.getitem([1, 2, 3], slice(1, None)))
lst = [1]
print(op.iadd(lst, [2]), lst, op.iadd(1, 2), op.imul([0], 3), op.isub(5, 1), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.ifloordiv(7, 2), op.itruediv(7, 2), op.imod(7, 2), op.ipow(2, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))
print(op.__add__ is op.add, op.__lt__(1, 2), op.__not__(1))


class M:
    def __matmul__(self, other):
        return 'matmul'

    def __imatmul__(self, other):
        return 'imatmul'


print(op.matmul(M(), 1), op.imatmul(M(), 1))
for expr in ['op.add(1, "a")', 'op.index(1.5)', 'op.concat(1, 2)', 'op.countOf(1, 1)',
             'op.indexOf([1], 2)', 'op.length_hint(1, "a")', 'op.neg("a")',
             'op.getitem({}, "k")', 'op.delitem([], 0)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
