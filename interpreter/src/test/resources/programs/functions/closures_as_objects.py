# Functions as first-class objects: passed, returned, stored, compared, used as dict keys.


def apply(fn, *args):
    return fn(*args)


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


inc = lambda x: x + 1
print(apply(inc, 1), apply(max, 3, 9, 2))
print(compose(str, inc, abs)(-5))
table = {inc: 'inc', abs: 'abs'}
print(table[abs], table[inc])
print(inc == inc, inc == (lambda x: x + 1))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    return n * n


print(slow_square(4), slow_square(4), sorted(slow_square.cache.items()))


def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value


print(pipeline('  Hello ', str.strip, str.lower, len))
print(list(map(str.upper, ['a', 'b'])), sorted(['b', 'A', 'c'], key=str.lower))
