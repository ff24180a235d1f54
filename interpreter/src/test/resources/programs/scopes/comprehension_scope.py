# 3.11 comprehension scoping: own function scope, first iterable evaluated outside.
x = 10
result = [x for x in range(3)]
print(result, x)

gen_first = (y for y in range(x))
print(list(gen_first)[-1])


def f():
    items = [1, 2, 3]
    return [[i * j for j in items] for i in items]


print(f())


def free_in_comp():
    n = 5
    return [n + k for k in range(3)], {k: n for k in range(2)}, {n * k for k in range(3)}


print(free_in_comp())

# walrus inside a comprehension binds in the enclosing scope
total = 0
partial = [total := total + v for v in range(5)]
print(partial, total)


def walrus_in_func():
    [last := c for c in 'abc']
    return last


print(walrus_in_func())

# the iteration variable does not leak
[leak for leak in range(3)]
print('leak' in globals())

# nested comprehension referencing outer loop variable
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
print({i: [j for j in range(i)] for i in range(4)})
gen = (i * i for i in range(4))
print(type(gen).__name__, gen.__name__, gen.__qualname__)


def qual():
    return (lambda: 0).__qualname__, [lambda: 0 for _ in range(1)][0].__qualname__


print(qual())
