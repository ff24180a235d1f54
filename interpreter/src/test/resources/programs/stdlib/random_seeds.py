# Same seed, same numbers: ints of all sizes, str/bytes/bytearray, floats, None-free.
import random

seeds = [0, 1, 2, 42, 255, 2**31, 2**32 - 1, 2**32, 2**64 + 3, -7, -(2**70), 10**50,
         "", "hello", "héllo wörld", b"", b"abc", bytearray(b"xyz"), 0.5, 1e100, True]
for s in seeds:
    r = random.Random(s)
    print(repr(s)[:30], r.random(), r.random(), r.getrandbits(8), r.getrandbits(33))

# module-level functions share one generator
random.seed(2024)
print([random.randint(1, 100) for _ in range(10)])
print(random.random(), random.getrandbits(100), random.getrandbits(0))
random.seed("2024")
print(random.randrange(10**30))
random.seed(b"2024", version=1)
print(random.random())
random.seed("2024", version=1)
print(random.random())
# getrandbits at word boundaries
r = random.Random(99)
for k in (1, 31, 32, 33, 63, 64, 65, 96, 127, 128, 200):
    print(k, r.getrandbits(k))
print(r.randbytes(0), r.randbytes(9))
# many seeds, one summary line each
for s in range(0, 2000, 97):
    r = random.Random(s)
    print(s, r.random(), r.randrange(7), r.choice("abcdefgh"))
