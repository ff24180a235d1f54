# Lambdas: defaults, closures, immediately invoked, nested, names and qualnames.
add = lambda a, b=2: a + b
print(add(1), add(1, 5))
print(add.__name__, add.__qualname__)
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))


def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]


print([f(10) for f in make_adders()])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda: (yield 1))().__class__.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
print(add.__code__.co_argcount, add.__defaults__)


class K:
    f = lambda self: 'method via lambda'


print(K().f(), K.f.__qualname__)
