# functools: lru_cache (cache_info, maxsize, typed, cache_clear), cache, cached_property.
import functools

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info(), calls, square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)


@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@functools.lru_cache()
def kw(a, b=0):
    return a + b


print(kw(1), kw(1, b=2), kw(a=1, b=2), kw(1), kw.cache_info())


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
del c.area
print(c.area, type(Circle.area).__name__)
for expr in ['functools.lru_cache(1)(1)', 'functools.lru_cache("x")', 'fib([])']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
