# sys._current_frames() while two daemon threads are deadlocked on two locks: each shows the
# line of its blocked acquire(). The program then exits without waiting for them.
import sys
import threading
import time

first = threading.Lock()
second = threading.Lock()
both_hold_one = threading.Barrier(2)


def left():
    with first:
        both_hold_one.wait()
        second.acquire()


def right():
    with second:
        both_hold_one.wait()
        first.acquire()


def own_frames(frame):
    out = []
    while frame is not None:
        if frame.f_code.co_filename == __file__:
            out.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return out


threads = [threading.Thread(target=f, name=f.__name__, daemon=True) for f in (left, right)]
for t in threads:
    t.start()
expected = {'left': left.__code__.co_firstlineno + 3, 'right': right.__code__.co_firstlineno + 3}
for attempt in range(100000):
    frames = sys._current_frames()
    tops = {t.name: frames[t.ident] for t in threads}
    # Blocked in the C-level acquire: the topmost frame is the function itself, at that line.
    if all(f.f_code.co_name == n and f.f_lineno == expected[n] for n, f in tops.items()):
        break
    time.sleep(0.001)
print('deadlocked:', attempt < 100000)
for t in threads:
    print(t.name, own_frames(frames[t.ident]), t.is_alive())
print('locks held:', first.locked(), second.locked())
print('try first without blocking:', first.acquire(False))
print('try second with a timeout:', second.acquire(timeout=0.01))
print('active threads:', threading.active_count())
print('daemon threads:', sorted(t.name for t in threading.enumerate() if t.daemon))
