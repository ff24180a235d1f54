# _thread.RLock: reentrancy, ownership, and release from a thread that does not own it.
import _thread

r = _thread.RLock()
print(type(r).__name__, repr(r).split(' at ')[0])
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r._recursion_count(), r._is_owned())
shown = repr(r).split(' at ')[0]
print(shown.replace(str(_thread.get_ident()), 'ME'))
r.release()
r.release()
print('count after two releases:', r._recursion_count())
r.release()
print('free:', repr(r).split(' at ')[0], r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with r:
    with r:
        print('nested with:', r._recursion_count())
print('after with:', r._recursion_count())

# Another thread can neither release it nor take it while we hold it.
r.acquire()
done = _thread.allocate_lock()
done.acquire()
seen = []


def other():
    try:
        r.release()
    except RuntimeError as e:
        seen.append('release: ' + str(e))
    seen.append(('acquire without blocking', r.acquire(False)))
    seen.append(('acquire with timeout', r.acquire(timeout=0.01)))
    seen.append(('owned there', r._is_owned(), r._recursion_count()))
    done.release()


_thread.start_new_thread(other, ())
done.acquire()
print(seen)
state = r._release_save()
print('release_save:', state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print('restored:', r._recursion_count(), r._is_owned())
r.release()


class MyRLock(_thread.RLock):
    pass


m = MyRLock()
with m:
    print(type(m).__name__, repr(m).split(' object')[0], m._is_owned())
try:
    r._release_save()
except RuntimeError as e:
    print('RuntimeError:', e)
