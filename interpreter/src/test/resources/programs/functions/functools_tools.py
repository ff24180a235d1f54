# functools: partial, reduce, lru_cache info, cached_property, singledispatch, wraps attributes.
import functools
add = lambda a, b, c=0: a + b + c
inc = functools.partial(add, 1)
print(inc(2), inc(2, c=10), inc.func is add, inc.args, inc.keywords)
p2 = functools.partial(inc, c=100)
print(p2(1), p2.args, p2.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print('TypeError:', e)


@functools.lru_cache(maxsize=2)
def square(n):
    print('computing', n)
    return n * n


square(2), square(2), square(3), square(4), square(2)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


class Data:
    @functools.cached_property
    def expensive(self):
        print('computing expensive')
        return 42


d = Data()
print(d.expensive, d.expensive, 'expensive' in vars(d))


@functools.singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: int):
    return 'int'


@kind.register(list)
def _(x):
    return 'list'


print(kind(1), kind([]), kind('s'), kind(True))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
