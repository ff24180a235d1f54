# Edge cases: a keyword named like a positional-only parameter goes to **kwargs; defaults shared.


def f(a, /, **kw):
    return a, kw


print(f(1, a=2))


def g(a, b=2, /, c=3):
    return a, b, c


print(g(1), g(1, 5), g(1, c=9))


def h(*args, **kwargs):
    return len(args), len(kwargs)


print(h(*range(100)), h(**{str(i): i for i in range(50)}))


def self_named(self, *args, **kwargs):
    return self, args, kwargs


print(self_named(1, 2, three=3))


class K:
    def method(*args, **kwargs):
        return len(args), sorted(kwargs)


print(K().method(1, self=2))


def defaults_mutable(x, seen={}):
    seen[x] = seen.get(x, 0) + 1
    return dict(seen)


defaults_mutable('a')
defaults_mutable('b')
print(defaults_mutable('a'))


def kw_only_no_default(*, required):
    return required


try:
    kw_only_no_default()
except TypeError as e:
    print(e)
try:
    kw_only_no_default(1)
except TypeError as e:
    print(e)
