# At exit: threading's own atexit callbacks run, then non-daemon threads are joined, then the
# atexit module's handlers run; daemon threads do not hold the program up.
import atexit
import threading

release = threading.Event()
finished = []


def worker(name, wait_for, then):
    wait_for.wait()
    print('worker', name, 'finishing after main ended')
    finished.append(name)
    then.set()


def stuck():
    threading.Event().wait()


def at_threading_exit(tag):
    print('threading atexit callback', tag, 'threads alive:',
          sorted(t.name for t in threading.enumerate() if t.is_alive() and not t.daemon))
    release.set()


threading._register_atexit(at_threading_exit, 'first')
threading._register_atexit(lambda: print('registered last, runs first'))
atexit.register(lambda: print('atexit handler sees finished workers:', sorted(finished)))
a_done, b_done = threading.Event(), threading.Event()
threading.Thread(target=worker, args=('b', a_done, b_done), name='worker-b').start()
threading.Thread(target=worker, args=('a', release, a_done), name='worker-a').start()
threading.Thread(target=stuck, name='stuck', daemon=True).start()
print('main done; alive:', sorted(t.name for t in threading.enumerate()))
