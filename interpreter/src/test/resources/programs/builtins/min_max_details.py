# min/max: ties return the first, key functions, iterables of various kinds, errors.
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([2, 2.0]), min([2.0, 2]))
print(max('apple', 'Banana', 'cherry'), max(['apple', 'Banana'], key=str.lower))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.values()), min(range(5, 0, -1)))
print(max([(1, 'z'), (1, 'a')]), max([[1, 2], [1, 2, 0]]), min([], default=None))
print(max(iter([4, 7, 1])), max((x for x in 'hello')), min('hello', key=ord))
print(max([1, 2, 3], key=lambda v: v % 3), min([1, 2, 3], key=lambda v: v % 3))
print(max(1, 2, key=None), max([5], default=0), min(5, 4, 3, 2, 1))
for bad in [lambda: max(), lambda: max([]), lambda: max(1), lambda: min([1, 'a']),
            lambda: max([1], default=0, key=len), lambda: max([1], bad=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
