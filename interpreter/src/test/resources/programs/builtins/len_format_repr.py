# len on many types, format with specs, repr of nested and recursive containers.
print(len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b'xy'),
      len(bytearray(4)), len(frozenset()), len(memoryview(b'abc')), len({}.keys()))
print(format(42), format(42, 'x'), format('s', '>3'), format(3.5, '08.3f'), format([1], ''), format(None))
try:
    format([1], 'x')
except TypeError as e:
    print('TypeError:', e)
a = [1, 2]
a.append(a)
print(repr(a), str(a))
t = (a,)
print(t)
d = {'k': [1, {'n': (2, 3)}]}
print(repr(d), repr(repr('x')))
print(repr(1.0), repr(1e100), repr(-0.0), repr(2 ** 64), repr(True), repr(type), repr(int), repr(len))
print(repr(range(3)), repr(slice(1, 2)), repr(frozenset()), repr(set()), repr(b'x'), repr(bytearray()))
print(repr(object) , repr(Exception('m')), repr(ValueError()), repr(KeyError('k', 2)))
