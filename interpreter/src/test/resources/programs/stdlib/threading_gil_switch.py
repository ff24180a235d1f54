# Two CPU-bound threads under a small switch interval both make progress while the other runs:
# the GIL is handed over by time, not only when a thread blocks.
import sys
import threading

sys.setswitchinterval(0.001)
print('switch interval:', sys.getswitchinterval())
counts = [0, 0]
seen_other_progress = [False, False]
stop = threading.Event()
start = threading.Barrier(2)


def burn(me):
    other = 1 - me
    start.wait()
    mark = counts[other]
    while not stop.is_set():
        counts[me] += 1
        if counts[other] != mark:
            # The other thread ran while this one was in its loop: they interleave.
            seen_other_progress[me] = True
        if all(seen_other_progress) and counts[me] > 1000:
            stop.set()


ts = [threading.Thread(target=burn, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('both saw the other progress:', seen_other_progress)
print('both counted:', all(c > 0 for c in counts))
sys.setswitchinterval(0.005)
print('restored:', sys.getswitchinterval())
