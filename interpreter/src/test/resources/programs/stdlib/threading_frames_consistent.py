# sys._current_frames() taken again and again while threads call and return: every snapshot
# shows complete frame chains (code, line within the function, ending at the thread's start).
import sys
import threading

stop = []
ready = threading.Barrier(4)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def churn(depth):
    ready.wait()
    while not stop:
        down(depth)


def chain_ok(frame):
    names = []
    while frame is not None:
        code = frame.f_code
        if frame.f_lineno is None or frame.f_lineno < code.co_firstlineno:
            return None
        names.append(code.co_name)
        frame = frame.f_back
    return names


threads = [threading.Thread(target=churn, args=(d,)) for d in (5, 10, 20)]
for t in threads:
    t.start()
ready.wait()
bad = 0
deepest = 0
seen_down = 0
for _ in range(300):
    frames = sys._current_frames()
    for t in threads:
        f = frames.get(t.ident)
        if f is None:
            continue
        names = chain_ok(f)
        if names is None:
            bad += 1
            continue
        own = [n for n in names if n in ('down', 'churn')]
        if 'churn' not in own:
            bad += 1
        if own and own[0] == 'down':
            seen_down += 1
        deepest = max(deepest, own.count('down'))
stop.append(True)
for t in threads:
    t.join()
print('inconsistent snapshots:', bad)
print('depth never beyond the deepest recursion:', deepest <= 21)
print('threads gone after join:', not any(t.ident in sys._current_frames() for t in threads))
