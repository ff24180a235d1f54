"""CPython's side of bench/trace-overhead.sh: times workload() with no trace function and with
the do-nothing trace function `def t(f, e, a): return t`, alternating; prints one line per mode:
`<mode> <median> <best>` in thread CPU seconds, then the same in wall-clock seconds."""
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
    cpu = time.thread_time()
    start = time.perf_counter()
    workload()
    wall = time.perf_counter() - start
    cpu = time.thread_time() - cpu
    sys.settrace(None)
    return cpu, wall


for _ in range(warmup):
    once(False)
    once(True)
times = {False: [], True: []}
for _ in range(rounds):
    for trace in (False, True):
        times[trace].append(once(trace))
for trace, name in ((False, 'none'), (True, 'python')):
    cpu = sorted(c for c, w in times[trace])
    wall = sorted(w for c, w in times[trace])
    print(name, cpu[len(cpu) // 2], cpu[0], wall[len(wall) // 2], wall[0])
