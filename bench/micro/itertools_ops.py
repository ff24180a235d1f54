"""itertools micro-benchmarks: each workload runs a fixed amount of work, prints a checksum line
and its time as "TIME <name> <seconds>"; bench/micro.sh compares with CPython."""
import sys
import time
from itertools import (accumulate, chain, combinations, groupby, islice, permutations, product,
                       starmap, zip_longest, count, repeat)

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def chain_islice(n):
    total = 0
    for _ in range(n // 1000):
        for x in islice(chain(range(500), range(500), repeat(1, 100)), 10, None, 2):
            total += x
    return total


def product_sum(n):
    total = 0
    for _ in range(n // 1000):
        for a, b in product(range(25), range(40)):
            total += a * b
    return total


def perms_combs(n):
    total = 0
    for _ in range(n // 1000):
        for p in permutations(range(6), 4):
            total += p[0]
        for c in combinations(range(10), 3):
            total += c[2]
    return total


def groupby_runs(n):
    data = [i // 7 for i in range(1000)]
    total = 0
    for _ in range(n // 1000):
        for k, g in groupby(data):
            total += k + len(list(g))
    return total


def accumulate_starmap(n):
    total = 0
    for _ in range(n // 1000):
        total += list(accumulate(range(1000)))[-1]
        total += sum(starmap(pow, zip(range(200), repeat(2))))
        total += sum(a or 0 for a in islice(count(5, 3), 300))
        total += len(list(zip_longest(range(300), range(200))))
    return total


WORKLOADS = [
    ("chain_islice", chain_islice, 300000),
    ("product_sum", product_sum, 300000),
    ("perms_combs", perms_combs, 300000),
    ("groupby_runs", groupby_runs, 300000),
    ("accumulate_starmap", accumulate_starmap, 200000),
]

for name, fn, n in WORKLOADS:
    t0 = time.perf_counter()
    r = fn(n * SCALE)
    t1 = time.perf_counter()
    print(name, r)
    print("TIME", name, "%.4f" % (t1 - t0))
