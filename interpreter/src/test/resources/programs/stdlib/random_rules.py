# random: the draw rules behind randrange/sample/choices and the distributions.
import random
import warnings

r = random.Random(2024)
print([r.randrange(10, -10, -3) for _ in range(6)])
print([r.randrange(-5, 40, 7) for _ in range(6)], r.randrange(7), r.randint(-3, 3))
for args in [(0,), (5, 5), (1, 10, 0), (10, 1, 2), (3, 3, -1), (1.5,), (1, 2.5)]:
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(args, r.randrange(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
    print('  warnings', [str(x.message)[:40] for x in w])
try:
    r.randrange(5, step=2)
except TypeError as e:
    print('TypeError', e)

print(r.sample(range(1000), 12))                   # index path
print(r.sample('abcdefghij', 6))                  # pool path
print(r.sample(['x', 'y', 'z'], 5, counts=[1, 3, 2]))
for bad in [dict(k=2.5), dict(k=-1), dict(k=4, counts=[1, 2]), dict(k=1, counts=[0, 0, 0]),
            dict(k=1, counts=[1.0, 2, 0])]:
    try:
        print(r.sample('abc', **bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
try:
    r.sample({1, 2, 3}, 2)
except TypeError as e:
    print('TypeError', e)

print(r.choices('abcd', k=5), r.choices('abcd', [1, 0, 0, 5], k=4))
print(r.choices('abc', cum_weights=[1, 1, 9], k=4))
for args, kw in [(('abc', 3), {}), (('abc', [1, 2]), {}), (('abc', [0, 0, 0]), {}),
                 (('abc', [1, 2, 3]), {'cum_weights': [1, 2, 3]}),
                 (('abc', [1, float('inf'), 1]), {})]:
    try:
        print(r.choices(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def show(name, *a):
    print(name, [round(getattr(r, name)(*a), 12) for _ in range(3)])
show('gammavariate', 0.5, 2.0)
show('gammavariate', 1.0, 3.0)
show('gammavariate', 4.5, 0.5)
show('betavariate', 0.3, 0.7)
show('vonmisesvariate', 1.0, 4.0)
show('vonmisesvariate', 1.0, 0.0)
show('triangular', 0.0, 10.0, 9.0)
show('paretovariate', 2.5)
show('weibullvariate', 1.5, 0.8)
print(r.triangular(3, 3), r.gauss(), r.gauss(), r.normalvariate(5, 2))
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print('ValueError', e)

r.seed('legacy text', version=1); a = r.random()
r.seed(b'legacy text', version=1); print(a == r.random(), round(a, 15))
r.seed(bytearray(b'xyz')); print(r.random())
st = r.getstate()
r.setstate((2, tuple(x - 2 ** 32 if x > 2 ** 31 else x for x in st[1]), None))
b = r.random(); r.setstate(st); print(b == r.random())
for bad in [(4, (), None), [1, 2]]:
    try:
        r.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.seed([1])
except TypeError as e:
    print('TypeError', e)

class OnlyRandom(random.Random):
    def random(self):
        self.n = getattr(self, 'n', 0) + 1
        return (self.n * 0.37) % 1.0
o = OnlyRandom()
print([o.randrange(10) for _ in range(5)], o.choice('abcdef'))
try:
    o._randbelow(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    o.randrange(2 ** 60)
    print(str(w[0].message).splitlines())
s = random.SystemRandom()
print(s.seed(1), len(s.randbytes(5)), 0 <= s.getrandbits(9) < 512, s.getrandbits(0))
for call in (s.getstate, lambda: s.getrandbits(-1)):
    try:
        call()
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(7)
print(random.random(), random.randbytes(4), random.getrandbits(20), random.TWOPI, random.BPF)
print(type(random.Random(1).__reduce__()[0]).__name__, random.Random.VERSION)
