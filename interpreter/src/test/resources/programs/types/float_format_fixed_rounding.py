# The 'f' presentation rounds the exact binary value half to even: halfway cases, values just
# off half, subnormals, the edges of what fits in 18 digits, and a seeded sweep over bit patterns.
import hashlib
import random
import struct

exact_halves = [0.5, 1.5, 2.5, 0.125, 0.375, 0.625, 2**52 + 0.5, 4503599627370497.5, 12.5]
near_halves = [2.675, 1.005, 0.045, 0.0005, 1.115, 8.345, 999999.9999995, 0.285]
tiny = [5e-324, 2.2250738585072014e-308, 1e-300, 2**-60, 1e-19, 4.9e-19, 5.1e-19]
large = [1e17, 9.999999999999999e17, 1e18, 1.5e18, 2.0**63, 1e22, 123456789.125]

for name, values in [("exact halves", exact_halves), ("near halves", near_halves),
                     ("tiny", tiny), ("large", large)]:
    print("==", name)
    for v in values:
        print(repr(v), format(v, ".0f"), format(v, ".1f"), format(v, ".2f"), format(-v, ".3f"),
              "%.6f" % v, f"{v:.18f}"[-12:])

print("== forms")
for v in (0.0, -0.0, 7.0, 1234567.891, -0.0004):
    print(format(v, ".0f"), format(v, "#.0f"), format(v, ",.2f"), format(v, "+012.3F"),
          format(v, "z.1f"), format(v, ".2%"), "%.0f|%#.0f|%10.4f" % (v, v, v))

r = random.Random(2024)
values = []
for _ in range(3000):
    k = r.random()
    if k < 0.35:
        v = r.random() * 10 ** r.randint(-10, 19)
    elif k < 0.7:
        v = struct.unpack("<d", struct.pack("<Q", r.getrandbits(63)))[0]
    else:
        v = r.randint(0, 10**7) / 2 ** r.randint(0, 40)
    values.append(v if r.random() < 0.5 else -v)
lines = []
for v in values:
    for p in (0, 1, 2, 3, 5, 9, 12, 16, 17, 18, 19, 25):
        lines.append(format(v, ".%df" % p) + " " + "%#.*f" % (p, v))
print("== sweep", len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32])
print(lines[0], lines[1000], lines[-1])
