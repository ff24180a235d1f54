"""CPython's side of bench/trace-overhead.sh: times workload() with no trace function and with
the do-nothing trace function `def t(f, e, a): return t`, alternating; prints one line per mode:
`<mode> <median seconds> <best seconds>`."""
import sys
import time

sys.path.insert(0, sys.argv[1])
rounds = int(sys.argv[2])
warmup = int(sys.argv[3])
from workload import workload


def t(f, e, a):
    return t


def once(trace):
    sys.settrace(t if trace else None)
    start = time.perf_counter()
    workload()
    elapsed = time.perf_counter() - start
    sys.settrace(None)
    return elapsed


for _ in range(warmup):
    once(False)
    once(True)
times = {False: [], True: []}
for _ in range(rounds):
    for trace in (False, True):
        times[trace].append(once(trace))
for trace, name in ((False, 'none'), (True, 'python')):
    ts = sorted(times[trace])
    print(name, ts[len(ts) // 2], ts[0])
