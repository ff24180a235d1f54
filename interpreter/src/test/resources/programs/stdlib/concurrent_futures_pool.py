# concurrent.futures: a thread pool's futures, callbacks, errors, shutdown, and the work still
# queued when the program ends (it runs before the interpreter exits).
import concurrent.futures as cf
import threading
import time


def work(n):
    if n == 3:
        raise ValueError("three is bad")
    return n * n


with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    futures = [ex.submit(work, n) for n in range(5)]
    done, not_done = cf.wait(futures, return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done))
    for f in futures:
        exc = f.exception()
        print(f.result() if exc is None else repr(exc), f.done(), f.running(), f.cancelled())
    seen = []
    f = ex.submit(work, 6)
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    cf.wait([f])
    while not seen:
        time.sleep(0.001)
    print("callback saw", seen)
    print(threading.current_thread().name, all(t.name.startswith("pool_") for t in ex._threads))
    first = cf.wait([ex.submit(work, 3), ex.submit(time.sleep, 0.2)], return_when=cf.FIRST_EXCEPTION)
    print("first exception:", len(first.done), len(first.not_done))
try:
    ex.submit(work, 1)
except RuntimeError as exc:
    print("RuntimeError:", exc)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as exc:
    print("ValueError:", exc)

late = cf.ThreadPoolExecutor(max_workers=1)


def slow_job(n):
    time.sleep(0.02)
    print("queued job", n, "ran", flush=True)


for n in range(3):
    late.submit(slow_job, n)
print("main program ends")
