# sorted with key/reverse stability, max/min with key/default, sum with start.
data = [('b', 2), ('a', 2), ('c', 1), ('d', 3)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted('hello'), sorted({3: 'x', 1: 'y'}), sorted([]), sorted((3, 1, 2), reverse=True))
print(max([3, 9, 2]), max(3, 9, 2), max('abc'), max([], default='empty'), max([1, 5], key=lambda v: -v))
print(min([3, 9, 2]), min(3, 9, 2), min(['bb', 'a'], key=len), min((), default=None))
print(max([(1, 'b'), (1, 'a')]), max([2, 2.0]), max([2.0, 2]), min(['a', 'B']))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum([], 5), sum(range(101)))
print(sum([1.5, 2, True]), sum((x for x in [1, 2]), start=100))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: sum(['a', 'b'], ''),
            lambda: sum([1, 'a']), lambda: sorted([1, 'a']), lambda: max(1, 2, default=0),
            lambda: sorted([1], key=5), lambda: sorted([1], 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
stable = sorted(['bb', 'a', 'cc', 'd'], key=len)
print(stable)
print(sorted([3, 1, 2], key=None), list(reversed(sorted('cab'))))
