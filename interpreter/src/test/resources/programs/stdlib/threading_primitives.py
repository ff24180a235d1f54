# Locks, semaphores and events: behaviour and CPython's error messages.
import threading


def shape(obj):
    """A repr without its address."""
    r = repr(obj)
    at = r.find(' at 0x')
    if at < 0:
        return r
    end = r.find(':', at)
    return r[:at] + (r[end:] if end >= 0 else '>')


lock = threading.Lock()
print(type(lock).__name__, lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked(), shape(lock))
for call in (lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -5),
             lambda: lock.acquire(timeout=1e300)):
    try:
        call()
    except (RuntimeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        print('nested rlock ok', rlock._is_owned())
print(shape(rlock).split(' owner')[0], rlock._is_owned())
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError:', e)

sem = threading.Semaphore(2)
print(shape(sem), sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(shape(sem))
bounded = threading.BoundedSemaphore(1)
print(shape(bounded))
for call in (lambda: threading.Semaphore(-1), lambda: sem.release(0), lambda: sem.acquire(False, 1),
             bounded.release):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
with bounded:
    print('in bounded:', shape(bounded))

event = threading.Event()
print(shape(event), event.is_set(), event.wait(0.01), event.wait(0))
event.set()
print(shape(event), event.is_set(), event.wait(), event.wait(0.01))
event.clear()
print(event.is_set())

cond = threading.Condition()
for call in (cond.wait, cond.notify, cond.notify_all):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError:', e)
with cond:
    print('wait timed out:', cond.wait(0.01), cond.wait_for(lambda: 'ready', 0.01))
    print(shape(cond).split('(<')[0])
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.Lock is threading._CRLock)
