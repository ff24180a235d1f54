# functools: partial flattening and repr, cmp_to_key objects, lru_cache keys and bounds,
# singledispatch register errors, unions and ABCs, partialmethod binding, reduce errors
import functools, sys
def f(a, b=2, *c, **k): return (a, b, c, k)
class P(functools.partial): pass
p = P(f, 1)
print(repr(p).split(' at ')[0], type(functools.partial(p, 2).func).__name__, functools.partial(functools.partial(f, 1), 2).args)
print(type(P(functools.partial(f, 1), 2).func).__name__)
try: functools.partial(f).func = 3
except AttributeError as e: print('AE', e)
try: functools.partial()
except TypeError as e: print(e)
try: functools.partial(3)
except TypeError as e: print(e)
key = functools.cmp_to_key(lambda a, b: a - b)
print(type(key).__name__, type(key).__module__, type(key(3)).__name__, key(3).obj, key(3) < key(4))
try: key(3) < 4
except TypeError as e: print('TE', e)
try: hash(key(3))
except TypeError as e: print('TE unhashable')
try: key()
except TypeError as e: print('TE', e)
print(key(obj=5).obj)
@functools.lru_cache
def sq(x): return x * x
print(type(sq).__name__, sq(2), sq(2.0), sq.cache_info(), sq.cache_parameters())
try: functools.lru_cache('x')
except TypeError as e: print(e)
@functools.singledispatch
def fun(a): return 'base'
try: fun.register(3)
except TypeError as e: print(e)
try:
    @fun.register
    def _(a): pass
except TypeError as e: print(str(e).split(':')[0])
try:
    @fun.register
    def _(a: 3): pass
except TypeError as e: print(e)
@fun.register
def _(a: int | str): return 'int or str'
print(fun(1), fun('s'), fun(1.5), sorted(t.__name__ for t in fun.registry))
try: fun()
except TypeError as e: print(e)
import collections.abc
@fun.register
def _(a: collections.abc.Sequence): return 'sequence'
print(fun([1]), fun((1,)), fun('x'), fun({}))
cp = functools.cached_property(lambda self: 1)
print(sorted(vars(cp)), type(cp.lock).__name__ if hasattr(cp, 'lock') else None)
class Q:
    @functools.partialmethod
    def pm(self, *a): return a
    @classmethod
    def cm(cls, *a): return (cls.__name__,) + a
    pcm = functools.partialmethod(cm, 1)
    pf = functools.partialmethod(f, 'x')
print(Q.pcm(2), Q().pcm(3), type(Q.pf).__name__, type(Q().pf).__name__, Q().pf(5)[1:2], Q.pf(7)[:2])
print(repr(Q.__dict__['pf']).split(' at ')[0])
try: functools.partialmethod(3)
except TypeError as e: print(e)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a + b, [], 9))
for args in ((), (f,), (f, [], 1, 2), (f, 3)):
    try: functools.reduce(*args)
    except TypeError as e: print('TE', e)
try: functools.reduce(f, [])
except TypeError as e: print('TE', e)
try: functools.reduce(f, [], initial=1)
except TypeError as e: print('TE', e)

class Node:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=2)
    def depth(self, k):
        return self.n * k


a = Node(3)
print(a.depth(1), a.depth(1), a.depth(2), a.depth(3), a.depth(1), Node.depth.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info(), fib.__wrapped__.__name__, fib.__name__)
fib.cache_clear()
print(fib.cache_info(), functools.lru_cache(maxsize=-5)(len).cache_parameters())
print(sq(True), sq(1), sq.cache_info().misses, functools.lru_cache(typed=True)(abs)(-1))
