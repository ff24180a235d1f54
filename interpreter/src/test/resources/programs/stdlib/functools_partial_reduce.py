# functools: reduce, partial (attributes, repr, flattening), wraps and update_wrapper.
import functools
from functools import partial, reduce

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda a, b: a + [b], 'abc', []))
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, repr(p))
q = partial(max, 1, key=abs)
print(q(-5, 3), repr(q), q.args)
pp = partial(partial(max, 1), 2)
print(repr(pp), pp(0), pp.args)
print(repr(partial(print, sep='-')), partial(sorted, reverse=True)([2, 3, 1]))


def greet(greeting, name, punct='!'):
    """Say hello."""
    return greeting + ', ' + name + punct


hello = partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'), hello(name='Cy'))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(2, 3), area.__name__, area.__doc__, area.__wrapped__.__name__, area.__qualname__)


def other():
    pass


other.attr = 5
def target():
    pass
functools.update_wrapper(target, other)
print(target.__name__, target.attr, target.__wrapped__ is other, functools.WRAPPER_ASSIGNMENTS)
for expr in ['partial()', 'partial(1)', 'reduce(max, [])', 'reduce(1)', 'reduce(max, 1)',
             'reduce(1, 2, 3, 4)', 'hello()']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
