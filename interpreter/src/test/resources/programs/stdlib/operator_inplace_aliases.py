# operator: in-place functions on mutable and immutable operands, the __dunder__ aliases,
# __all__, and methodcaller/attrgetter/itemgetter reprs
import operator

lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd((1,), (2,)), operator.iconcat([0], (1,)))
s = {1, 2}
print(operator.iand(s, {2, 3}) is s, s, operator.ior({1}, {5}), operator.ixor({1, 2}, {2}), operator.isub({1, 2}, {1}))
print(operator.imul([0], 3), operator.ipow(2, 10), operator.ifloordiv(7, 2), operator.itruediv(7, 2), operator.imod(7, 4))
print(operator.ilshift(1, 4), operator.irshift(16, 2))
try:
    operator.iconcat(1, 2)
except TypeError as e:
    print(e)
try:
    operator.imatmul(1, 2)
except TypeError as e:
    print(e)
aliases = sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__')
                 and callable(getattr(operator, n)) and n != '__loader__')
print(len(aliases), aliases[:6], aliases[-4:])
print(all(getattr(operator, a) in (getattr(operator, a.strip('_'), None), getattr(operator, a.strip('_') + '_', None))
          for a in aliases))
print(operator.__all__ == sorted(operator.__all__), len(operator.__all__), operator.__all__[:5])
print(operator.methodcaller('split', ',', maxsplit=1), operator.attrgetter('a.b', 'c'), operator.itemgetter(0, 'k'))
print(operator.methodcaller('split', ',', maxsplit=1)('a,b,c'))
