# bisect for table lookups: grades, ranges, and searching sorted sequences
from bisect import bisect, bisect_left, bisect_right


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])


def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError('%r not in list' % (x,))


def find_lt(a, x):
    i = bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError('nothing below %r' % (x,))


def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError('nothing at or above %r' % (x,))


a = [1, 3, 3, 5, 8, 13]
print(index(a, 3), index(a, 13), find_lt(a, 4), find_ge(a, 4), find_ge(a, 13))
for f, x in [(index, 4), (find_lt, 1), (find_ge, 14)]:
    try:
        f(a, x)
    except ValueError as e:
        print(e)
print(bisect_right(range(0, 100, 5), 42), bisect_left(range(0, 100, 5), 45))
print(bisect_left('abdef', 'c'), bisect_right((1.0, 2.5, 2.5, 3.0), 2.5))
print(bisect_left([[1, 2], [1, 3], [2, 0]], [1, 3]))
