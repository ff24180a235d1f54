"""str micro-benchmarks: each workload runs a fixed amount of work, prints a checksum line and
its time (time.perf_counter) as "TIME <name> <seconds>"; bench/micro.sh compares with CPython."""
import sys
import time

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def split_join(n):
    line = " ".join(WORDS * 4)
    total = 0
    for _ in range(n):
        parts = line.split()
        total += len("-".join(parts))
    return total


def replace_find(n):
    text = "the quick brown fox jumps over the lazy dog " * 8
    total = 0
    for i in range(n):
        t = text.replace("the", "a")
        total += t.find("lazy") + t.count("o") + (1 if "fox" in t else 0)
    return total


def case_strip(n):
    total = 0
    for i in range(n):
        w = "  " + WORDS[i % 8] + "  "
        total += len(w.strip().upper()) + len(w.lower().lstrip()) + w.strip().startswith("e")
    return total


def formatting(n):
    total = 0
    for i in range(n):
        total += len(f"{i}:{i * 0.5:.2f}:{WORDS[i % 8]!r}") + len("%d-%s" % (i, "x")) + len("{}/{}".format(i, i + 1))
    return total


def concat_slice(n):
    total = 0
    for i in range(n):
        s = ""
        for w in WORDS:
            s += w[1:3]
        total += len(s) + len(s[::-1]) + ord(s[3])
    return total


def str_int(n):
    total = 0
    for i in range(n):
        total += int(str(i * 7)) + len(repr(i))
    return total


def hashing(n):
    seen = {}
    for i in range(n):
        k = "key%d" % (i % 5000)
        seen[k] = seen.get(k, 0) + 1
    return len(seen) + sum(seen.values())


WORKLOADS = [
    ("split_join", split_join, 40000),
    ("replace_find", replace_find, 20000),
    ("case_strip", case_strip, 150000),
    ("formatting", formatting, 60000),
    ("concat_slice", concat_slice, 40000),
    ("str_int", str_int, 150000),
    ("hashing", hashing, 200000),
]

for name, fn, n in WORKLOADS:
    t0 = time.perf_counter()
    r = fn(n * SCALE)
    t1 = time.perf_counter()
    print(name, r)
    print("TIME", name, "%.4f" % (t1 - t0))
