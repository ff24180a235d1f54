# iter(callable, sentinel), next with default, iter on iterators.
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(list(lines))
sentinel_iter = iter(tick, 100)
print(type(sentinel_iter).__name__, next(sentinel_iter))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    next(iter([]), )
except StopIteration:
    print('StopIteration without default')
try:
    next(5)
except TypeError as e:
    print('TypeError:', e)


def raises_stop():
    raise StopIteration


print(list(iter(raises_stop, None)))
