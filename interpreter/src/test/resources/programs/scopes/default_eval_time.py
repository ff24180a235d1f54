# Default values are evaluated once, at definition time, left to right.
log = []


def note(v):
    log.append(v)
    return v


def f(a=note(1), b=note(2), *, c=note(3)):
    return a, b, c


print(log)
print(f(), f(), log)


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2))
print(append_to.__defaults__)

x = 'before'


def g(v=x):
    return v


x = 'after'
print(g())


def kw_defaults(*, p=[], q='q'):
    p.append(len(p))
    return p, q


kw_defaults()
print(kw_defaults(), kw_defaults.__kwdefaults__)
f.__defaults__ = (10, 20)
print(f())
f.__kwdefaults__ = {'c': 30}
print(f())


class C:
    def m(self, v=note('method default')):
        return v


print(log[-1], C().m())
