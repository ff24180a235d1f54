"""collections micro-benchmarks: each workload runs a fixed amount of work, prints a checksum
line and its time as "TIME <name> <seconds>"; bench/micro.sh compares with CPython."""
import sys
import time
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
Point = namedtuple("Point", "x y z")


def deque_queue(n):
    d = deque()
    total = 0
    for i in range(n):
        d.append(i)
        if len(d) > 50:
            total += d.popleft()
        if i % 3 == 0:
            d.appendleft(i)
            total -= d.pop()
    return total + len(d)


def counter_words(n):
    words = [("w%d" % (i * 7 % 301)) for i in range(1000)]
    c = Counter()
    for _ in range(n // 1000):
        c.update(words)
    top = c.most_common(3)
    return sum(c.values()) + len(c) + top[0][1]


def defaultdict_group(n):
    g = defaultdict(list)
    for i in range(n):
        g[i % 97].append(i)
    return sum(len(v) for v in g.values()) + len(g)


def ordereddict_lru(n):
    od = OrderedDict()
    hits = 0
    for i in range(n):
        k = (i * 31) % 200
        if k in od:
            od.move_to_end(k)
            hits += 1
        else:
            od[k] = i
            if len(od) > 100:
                od.popitem(last=False)
    return hits + len(od)


def namedtuple_access(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1, i + 2)
        total += p.x + p.y * p.z + p[0]
        q = p._replace(x=0)
        total += q.x
    return total


WORKLOADS = [
    ("deque_queue", deque_queue, 300000),
    ("counter_words", counter_words, 200000),
    ("defaultdict_group", defaultdict_group, 300000),
    ("ordereddict_lru", ordereddict_lru, 200000),
    ("namedtuple_access", namedtuple_access, 60000),
]

for name, fn, n in WORKLOADS:
    t0 = time.perf_counter()
    r = fn(n * SCALE)
    t1 = time.perf_counter()
    print(name, r)
    print("TIME", name, "%.4f" % (t1 - t0))
