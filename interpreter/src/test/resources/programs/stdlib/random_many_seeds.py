# Many seeds, each exercising every generator-consuming function once, one line per seed.
import random

for seed in range(0, 3000, 13):
    r = random.Random(seed)
    a = r.random()
    b = r.getrandbits(77)
    c = r.randrange(-1000, 10**12, 7)
    d = r.choice("abcdefghijklmnopqrstuvwxyz")
    e = r.sample(range(50), 3)
    f = r.choices(range(10), k=3)
    xs = list(range(6))
    r.shuffle(xs)
    g = r.gauss(0, 1)
    h = r.expovariate(0.5)
    i = r.gammavariate(2.5, 1.5)
    j = r.randbytes(3)
    print(seed, a, b, c, d, e, f, "".join(map(str, xs)), round(g, 10), round(h, 10), round(i, 10), j.hex())
