"""Decimal speed: a few decimal-heavy workloads, timed in-process.

Usage: decimal_bench.py [WARMUP] [ROUNDS]

Each workload runs WARMUP rounds untimed, then ROUNDS timed ones, and prints the median and
best wall time and the median CPU time, plus a checksum that must be the same under every
implementation (CPython's C _decimal, Taipan's decimal.py).
"""

import sys
import time
from decimal import Decimal, localcontext, ROUND_HALF_UP

WARMUP = int(sys.argv[1]) if len(sys.argv) > 1 else 3
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def ledger():
    """Money arithmetic: prices times quantities, taxes quantized to cents, a running total."""
    total = Decimal(0)
    cent = Decimal('0.01')
    rate = Decimal('0.0825')
    for i in range(4000):
        price = Decimal(i % 997) / 7 + Decimal('0.99')
        line = (price * (i % 13 + 1)).quantize(cent, ROUND_HALF_UP)
        tax = (line * rate).quantize(cent, ROUND_HALF_UP)
        total += line + tax
    return str(total)


def interest():
    """Compound interest at 34 digits: repeated multiply, add and divide."""
    with localcontext(prec=34):
        balance = Decimal(1000)
        for month in range(3000):
            balance = balance * (1 + Decimal('0.05') / 12) - Decimal(month % 7)
        return str(balance)


def conversions():
    """str -> Decimal -> str round trips and comparisons."""
    count = 0
    for i in range(4000):
        d = Decimal('%d.%03dE%d' % (i, i % 1000, i % 11 - 5))
        if d > Decimal(i) / 3:
            count += 1
        count += len(str(d)) + len(repr(d + 1))
    return str(count)


def functions():
    """sqrt, exp and ln at 28 digits."""
    acc = Decimal(0)
    for i in range(1, 150):
        d = Decimal(i) / 10
        acc += d.sqrt() + d.ln() + (d / 5).exp()
    return str(acc)


def timed(f):
    w, c = time.perf_counter(), time.process_time()
    result = f()
    return time.perf_counter() - w, time.process_time() - c, result


def measure(name, f):
    for _ in range(WARMUP):
        f()
    walls, cpus = [], []
    for _ in range(ROUNDS):
        w, c, result = timed(f)
        walls.append(w)
        cpus.append(c)
    walls.sort()
    cpus.sort()
    print("%-11s wall median %.4f s best %.4f s  cpu median %.4f s  checksum %s"
          % (name, walls[len(walls) // 2], walls[0], cpus[len(cpus) // 2], result))


for name, f in [('ledger', ledger), ('interest', interest), ('conversions', conversions),
                ('functions', functions)]:
    measure(name, f)
