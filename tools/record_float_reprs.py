#!/usr/bin/env python3
"""Records CPython's repr(float) for a quarter of a million doubles as a golden file for
FloatReprTest: one repr per line, gzip-compressed.

Only the repr is stored, not the bit pattern: repr round-trips, and Java's Double.parseDouble is
correctly rounded like Python's float(), so parsing the line gives back exactly the double Python
printed (storing the 8 random bytes too would double the file size for no information).

The doubles cover every exponent range: uniformly random bit patterns, subnormals (all of the
smallest ones), powers of two and ten with their neighbours, integers, short decimals (where the
shortest-digits choice matters most), values around the positional/scientific switch, and the
extremes. Deterministic (fixed seed), so rerunning gives the same file.

Usage: python3 tools/record_float_reprs.py [output.gz]
"""
import gzip
import math
import random
import struct
import sys

OUT = "interpreter/src/test/resources/org/taipan/format/float-reprs.txt.gz"


def bits_of(d):
    return struct.unpack("<Q", struct.pack("<d", d))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def with_neighbours(d, out):
    out.append(d)
    out.append(math.nextafter(d, math.inf))
    out.append(math.nextafter(d, -math.inf))


def collect():
    rng = random.Random(20261123)
    ds = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308,
          2.2250738585072014e-308, 2.225073858507201e-308]
    # Every exponent: powers of two and their neighbours.
    for e in range(-1074, 1024):
        with_neighbours(math.ldexp(1.0, e), ds)
    # Powers of ten (as parsed) and their neighbours, plus d * 10^e for each digit d.
    for e in range(-325, 309):
        for digit in range(1, 10):
            d = float("%de%d" % (digit, e))
            if d != 0 and not math.isinf(d):
                with_neighbours(d, ds)
    # The smallest subnormals one by one, then random subnormals.
    for t in range(1, 3001):
        ds.append(from_bits(t))
    for _ in range(20000):
        ds.append(from_bits(rng.getrandbits(52)))
    # Integers: small ones, around 2^53, random up to 2^70.
    ds.extend(float(i) for i in range(0, 2001))
    for _ in range(10000):
        ds.append(float(rng.getrandbits(rng.randint(1, 70))))
    # Around the switch between positional and scientific notation.
    for e in (-5, -4, 15, 16, 17):
        for m in ("1", "9.999999999999999", "9.9999999999999999", "5", "1.5", "1.0000000000000002"):
            with_neighbours(float("%se%d" % (m, e)), ds)
    # Short decimals of 1 to 17 significant digits at every exponent.
    for _ in range(100000):
        digits = rng.randint(1, 17)
        mantissa = rng.randrange(10 ** (digits - 1), 10 ** digits)
        exponent = rng.randint(-340, 310)
        d = float("%de%d" % (mantissa, exponent))
        if d != 0 and not math.isinf(d):
            ds.append(d)
    # Uniformly random finite bit patterns (all exponent ranges equally).
    while len(ds) < 230000:
        d = from_bits(rng.getrandbits(63))
        if not math.isinf(d) and not math.isnan(d):
            ds.append(d)
    # Random doubles in [0, 1) and negatives of a sample.
    for _ in range(20000):
        ds.append(rng.random())
    for d in ds[:: 10]:
        ds.append(-d)
    return ds


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    seen = set()
    lines = []
    for d in collect():
        b = bits_of(d)
        if b in seen or math.isnan(d) and b != bits_of(math.nan):
            continue
        seen.add(b)
        r = repr(d)
        assert float(r) == d or math.isnan(d)
        lines.append(r + "\n")
    # mtime=0 keeps the compressed file byte-identical between runs.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write("".join(lines).encode("ascii"))
    print("%d doubles -> %s" % (len(lines), out))


if __name__ == "__main__":
    main()
