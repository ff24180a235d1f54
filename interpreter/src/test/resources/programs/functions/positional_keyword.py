# Positional-only, keyword-only, defaults, *args and **kwargs in every combination.


def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, sorted(kwargs.items()))


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
print(f(1, 2, 3, e=5, a='a as kwarg', b='b too'))


def only_star(*, x, y=2):
    return x, y


print(only_star(x=1), only_star(y=3, x=4))


def only_slash(x, y, /):
    return x + y


print(only_slash(1, 2))


def varargs(*args):
    return args


print(varargs(), varargs(1), varargs(*range(3), 9))


def kwargs_only(**kw):
    return sorted(kw.items())


print(kwargs_only(), kwargs_only(a=1, b=2), kwargs_only(**{'z': 0}, y=1))


def mixed(a, *args, b=2, **kw):
    return a, args, b, sorted(kw)


print(mixed(1, 2, 3, b=4, c=5, d=6))
print(mixed(*[1, 2], **{'b': 3, 'e': 4}))
