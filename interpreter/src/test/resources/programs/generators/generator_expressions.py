# Generator expressions: laziness, first iterable evaluated eagerly, single use, nesting.
log = []


def source(n):
    log.append('source %d' % n)
    return range(n)


g = (x * 2 for x in source(3))
print(log)
print(next(g), list(g), list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print('eager error:', e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print('lazy error:', e)
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row))
print(list((i, j) for i in range(3) if i for j in range(i)))
squares = (n * n for n in range(5))
print(sum(squares), sum(squares))
nested = ((y for y in range(x)) for x in range(3))
print([list(inner) for inner in nested])
ge = (c for c in 'ab')
print(ge.gi_frame is not None, type(ge).__name__)
next(ge)
next(ge)
try:
    next(ge)
except StopIteration:
    print('done; frame', ge.gi_frame)
