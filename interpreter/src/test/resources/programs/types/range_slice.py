# range objects and slice objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r.start, r.stop, r.step)
print(5 in r, 6 in r, r.index(8), r.count(11), range(5) == range(0, 5, 1), range(0) == range(2, 2))
print(list(range(10, 0, -3)), list(range(0)), list(range(-3)), range(3)[::2], len(range(0, 10, -1)))
print(range(10 ** 20)[10 ** 19], range(0, 10 ** 20, 7)[-1], 10 ** 19 in range(10 ** 20))
print(hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 7, 2))))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(3)[5], lambda: range(3).index(7),
            lambda: len(range(10 ** 30)), lambda: range()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), s.indices(6), slice(-3, None).indices(10))
data = list(range(10))
print(data[s], data[slice(-3, None)], data[slice(None, None, -3)], 'abcdef'[slice(1, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError:', e)
print(data[100:], data[-100:2], data[5:2], data[::-1][:3], data[-1:-4:-1], data[8:-100:-3])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
print(repr(slice('a', 'b', [1])), range(0, 10, 2)[-2:], range(5)[10:])
