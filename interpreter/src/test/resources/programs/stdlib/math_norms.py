# math.hypot, math.dist and math.fsum agree with CPython to the bit on 1,500 random vectors
# (normal, huge and subnormal values): a digest of every result's hex, plus a few samples.
import math, random, sys, zlib

r = random.Random(2024)
tiny = sys.float_info.min

def value():
    kind = r.random()
    if kind < 0.2:
        return r.uniform(-1, 1) * tiny * r.choice([1, 0.5, 1e-3, 1e-10])
    if kind < 0.3:
        return r.uniform(-1, 1) * 2.0 ** r.randint(900, 1020)
    return r.uniform(-1e3, 1e3) * 10.0 ** r.randint(-12, 12)

digests = {'hypot': 0, 'hypot2': 0, 'dist': 0, 'fsum': 0}
def add(name, result):
    text = result.hex() if isinstance(result, float) else result
    digests[name] = zlib.crc32(text.encode(), digests[name])
    return text

samples = []
for i in range(1500):
    n = r.randint(1, 6)
    v = [value() for _ in range(n)]
    w = [value() for _ in range(n)]
    try:
        h = math.hypot(*v)
    except OverflowError:
        h = 'OverflowError'
    t = add('hypot', h)
    add('hypot2', math.hypot(v[0], v[-1]) if abs(v[0]) < 1e300 else 0.0)
    try:
        d = math.dist(v, w)
    except OverflowError:
        d = 'OverflowError'
    add('dist', d)
    try:
        s = math.fsum(v + w + [-x for x in v[:1]])
    except OverflowError:
        s = 'OverflowError'
    add('fsum', s)
    if i % 500 == 0:
        samples.append(t)
for name in sorted(digests):
    print(name, hex(digests[name]))
print(samples)
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.dist((1, 2), (4, 6)), math.dist([], []))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
