# Decorators: order of application and evaluation, arguments, class decorators, functools.wraps.
import functools
order = []


def trace(name):
    order.append('evaluate ' + name)

    def deco(f):
        order.append('apply ' + name)

        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            return '%s(%s)' % (name, f(*args, **kwargs))
        return wrapper
    return deco


@trace('outer')
@trace('inner')
def hello(who):
    """Greets."""
    return 'hello ' + who


print(order)
print(hello('world'))
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)


def register(cls):
    cls.registered = True
    return cls


@register
class Thing:
    pass


print(Thing.registered)


def counting(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper


@counting
def square(n):
    return n * n


print([square(i) for i in range(4)], square.calls)
items = {'k': lambda f: (lambda: 'via subscript ' + f())}


@items['k']
def sub():
    return 'sub'


print(sub())


@(lambda f: f.__name__.upper())
def shout():
    pass


print(shout)
