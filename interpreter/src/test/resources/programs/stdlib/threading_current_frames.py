# sys._current_frames() while four threads spin in Python code, and sys._current_exceptions().
import sys
import threading
import time

stop = []
started = threading.Barrier(5)


def spin():
    while not stop: pass


def alpha():
    started.wait()
    spin()


def beta():
    started.wait()
    spin()


def gamma():
    started.wait()
    x = [spin() for _ in range(1)]


def delta():
    started.wait()
    try:
        raise KeyError('handled in delta')
    except KeyError:
        spin()


def own_frames(frame):
    """The frames of this file from the top of a thread's stack: (function, line) pairs."""
    out = []
    while frame is not None:
        if frame.f_code.co_filename == __file__:
            out.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return out


threads = [threading.Thread(target=f, name=f.__name__) for f in (alpha, beta, gamma, delta)]
for t in threads:
    t.start()
started.wait()
# Wait until every thread is inside spin()'s loop (the line of the `while`).
spin_line = spin.__code__.co_firstlineno + 1
for attempt in range(100000):
    frames = sys._current_frames()
    if all(own_frames(frames[t.ident])[0] == ('spin', spin_line) for t in threads):
        break
    time.sleep(0.001)
print('all spinning:', attempt < 100000)
for t in threads:
    print(t.name, own_frames(frames[t.ident]))
me = own_frames(frames[threading.get_ident()])
print('main:', me)
print('threads in snapshot:', len([i for i in frames if i in {t.ident for t in threads}]))
exceptions = sys._current_exceptions()
for t in threads:
    info = exceptions.get(t.ident)
    print(t.name, info if info is None or info[0] is None else (info[0].__name__, str(info[1])))
stop.append(True)
for t in threads:
    t.join()
print('after join:', sorted(i for i in sys._current_frames() if i in {t.ident for t in threads}))
