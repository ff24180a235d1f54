# Which reflected and in-place dunders built-in types publish: sequence concatenation
# (list, tuple, str, bytes, bytearray) has __add__ but no __radd__; int has no @.
names = ('__repr__', '__reduce__', '__reduce_ex__', '__reversed__', '__round__',
         '__init__', '__init_subclass__', '__iter__', '__index__', '__int__')
for t in [list, tuple, str, bytes, bytearray, int, float, complex, set, frozenset,
          dict, range, memoryview, bool]:
    r = sorted(n for n in dir(t) if n.startswith('__r') and n not in names)
    i = sorted(n for n in dir(t) if n.startswith('__i') and n not in names)
    print(t.__name__, '__add__' in dir(t), '__matmul__' in dir(t), r, i)

class L(list):
    pass
print('__radd__' in dir(L), L.__add__(L([1]), [2]), hasattr([], '__radd__'))
for expr in ['1 @ 2', '[1] + (2,)', '(1,) + [2]', "'a' + 1", "1 + 'a'"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, 'TypeError:', e)
import collections
print(sorted(n for n in dir(collections.deque) if n in ('__add__', '__radd__', '__mul__', '__rmul__')))
