#!/usr/bin/env python3
"""Records CPython 3.11's str rules as golden files for StrReprTest:

- printable-boundaries.txt: the code points (hex) where chr(cp).isprintable() changes value,
  starting from False at U+0000; together they describe the printable set over all of Unicode.
- char-reprs.txt: "<hex code point> <repr(chr(cp))>" for every code point below U+3400, every
  boundary above and its neighbours, and a random sample of the rest (UTF-8; lone surrogates
  are escaped by repr itself, so the file is valid UTF-8).

Usage: python3 tools/record_str_reprs.py
"""
import random

DIR = "interpreter/src/test/resources/org/taipan/format/"


def main():
    boundaries = []
    previous = False
    for cp in range(0x110000):
        p = chr(cp).isprintable()
        if p != previous:
            boundaries.append(cp)
            previous = p
    with open(DIR + "printable-boundaries.txt", "w", encoding="ascii") as f:
        f.write("".join("%x\n" % b for b in boundaries))

    points = set(range(0x3400))
    for b in boundaries:
        points.update(cp for cp in (b - 1, b, b + 1) if 0 <= cp < 0x110000)
    rng = random.Random(20261123)
    points.update(rng.randrange(0x110000) for _ in range(5000))
    with open(DIR + "char-reprs.txt", "w", encoding="utf-8", newline="\n") as f:
        for cp in sorted(points):
            f.write("%x %s\n" % (cp, repr(chr(cp))))
    print("%d boundaries, %d code points" % (len(boundaries), len(points)))


if __name__ == "__main__":
    main()
