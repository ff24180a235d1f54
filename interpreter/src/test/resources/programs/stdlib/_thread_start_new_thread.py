# _thread.start_new_thread: arguments, idents, _count, exit, and exceptions reported as unraisable.
import sys
import _thread

done = _thread.allocate_lock()
results = []


def worker(a, b=0, *, c=None):
    results.append((a, b, c, _thread.get_ident() != main_ident, _thread._count()))
    done.release()


main_ident = _thread.get_ident()
print(type(main_ident).__name__, main_ident == _thread.get_ident(), type(_thread.get_native_id()).__name__)
print('count before:', _thread._count())
done.acquire()
ident = _thread.start_new_thread(worker, (1,), {'b': 2, 'c': 3})
done.acquire()
print(results, type(ident).__name__, ident != main_ident)
_thread.start_new(worker, ('alias',))
done.acquire()
print(results[-1])
for args in ((1, ()), (worker, [1]), (worker, (1,), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError:', e)


def leaves_early():
    try:
        _thread.exit()
    finally:
        results.append('exit raised SystemExit quietly')
        done.release()


_thread.start_new_thread(leaves_early, ())
done.acquire()
print(results[-1])


def hook(info):
    print('unraisable:', info.exc_type.__name__, info.exc_value, info.err_msg, info.object.__name__)
    done.release()


sys.unraisablehook = hook


def fails():
    raise ValueError('thread failed')


_thread.start_new_thread(fails, ())
done.acquire()
idents = []


def record():
    idents.append(_thread.get_ident())
    done.release()


for _ in range(3):
    _thread.start_new_thread(record, ())
    done.acquire()
print('distinct from main:', all(i != main_ident for i in idents), len(idents))
try:
    _thread.exit_thread()
except SystemExit as e:
    print('exit in the main thread raises', repr(e))
