# CPython's TypeError messages for bad calls.


def f(a, b):
    pass


def g(a, /, b, *, c):
    pass


def h(x=1, *, y):
    pass


def v(*args, k):
    pass


class C:
    def m(self, a):
        pass

    def __init__(self, x):
        pass


attempts = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2, 3),
    lambda: g(1, 2),
    lambda: h(),
    lambda: h(1, 2),
    lambda: v(1, 2),
    lambda: C(),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C.m(),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: f(*1),
    lambda: f(**[1]),
    lambda: f(**{1: 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(k=1, j=2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int(x=1),
    lambda: 5(),
    lambda: None(1),
    lambda: 'abc'.split(1, 2, 3),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: divmod(1),
]
for i, attempt in enumerate(attempts):
    try:
        attempt()
        print(i, 'no error')
    except TypeError as e:
        print(i, e)
