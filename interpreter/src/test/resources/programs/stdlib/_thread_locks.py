# _thread.allocate_lock: acquire/release, timeouts, context manager and CPython's errors.
import _thread

lock = _thread.allocate_lock()
print(type(lock), _thread.LockType is type(lock), type(lock).__name__)
print(repr(lock).split(' at ')[0], lock.locked())
print(lock.acquire(), lock.locked(), repr(lock).split(' at ')[0])
print('non-blocking:', lock.acquire(False), lock.acquire(blocking=False), lock.acquire(0))
print('timed:', lock.acquire(timeout=0), lock.acquire(True, 0.01), lock.acquire_lock(timeout=0.001))
lock.release()
print('released:', lock.locked(), lock.locked_lock())
checks = [
    ('release unlocked', lock.release),
    ('release_lock unlocked', lock.release_lock),
    ('timeout without blocking', lambda: lock.acquire(False, 0.5)),
    ('negative timeout', lambda: lock.acquire(timeout=-2)),
    ('huge timeout', lambda: lock.acquire(timeout=_thread.TIMEOUT_MAX * 2)),
    ('nan timeout', lambda: lock.acquire(timeout=float('nan'))),
    ('str timeout', lambda: lock.acquire(timeout='1')),
    ('str blocking', lambda: lock.acquire('yes')),
    ('bad keyword', lambda: lock.acquire(wait=1)),
]
for label, call in checks:
    try:
        print(label, '->', call())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
print('timeout -1 is forever:', lock.acquire(timeout=-1), lock.locked())
lock.release()
with lock as entered:
    print('with:', entered, lock.locked())
print('after with:', lock.locked())
try:
    with lock:
        raise KeyError('inside')
except KeyError as e:
    print('exception passed through, released:', not lock.locked(), e)
print(lock.__enter__(), lock.__exit__(None, None, None), lock.locked())
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
try:
    _thread.LockType()
except TypeError as e:
    print('TypeError:', e)
locks = [_thread.allocate_lock() for _ in range(3)]
print(len({id(l) for l in locks}), all(not l.locked() for l in locks), _thread.allocate is not None)
