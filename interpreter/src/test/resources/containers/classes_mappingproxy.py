def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class C:
    x = 1
m = C.__dict__
t(lambda: hash(m))
t(lambda: m['x'])
t(lambda: m['nope'])
t(lambda: 'x' in m)
t(lambda: m.get('x'))
t(lambda: type(m.copy()).__name__)
t(lambda: m == dict(m))
t(lambda: sorted(m | {'y': 2})[:2])
t(lambda: sorted({'y': 2} | m)[:2])
t(lambda: m.__setitem__('a', 1))
t(lambda: type(m).__name__)
t(lambda: len(m) > 0)
t(lambda: list(reversed(m))[-1])
t(lambda: str(type(m)))
t(lambda: type(m)({'a': 1}))
t(lambda: type(m)([1]))
t(lambda: type(m)({'a': 1})['a'])
def ior():
    global m
    m |= {}
t(ior)
t(lambda: type(m)(mapping={'q': 1}))
