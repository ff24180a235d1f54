# Return values: implicit None, multiple values, early return, return in loops, big structures.


def nothing():
    pass


def bare_return():
    return


def pair():
    return 1, 'two'


def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1


print(nothing(), bare_return(), pair())
a, b = pair()
print(a, b)
print(early(10), early(0))


def swap(x, y):
    return y, x


print(swap(*swap(1, 2)))


def build(n):
    return {i: [j for j in range(i)] for i in range(n)}


print(build(4))


def returns_function():
    def inner():
        return 'inner result'
    return inner


print(returns_function()())


def starred_return():
    rest = [2, 3]
    return 1, *rest


print(starred_return())
