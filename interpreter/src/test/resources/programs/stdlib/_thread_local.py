# _thread._local: per-thread attributes, subclasses initialised once per thread.
import _thread

done = _thread.allocate_lock()
done.acquire()
loc = _thread._local()
loc.x = 'main'
print(type(loc).__name__, loc.x, loc.__dict__)
seen = []


def visit():
    seen.append(('has x', hasattr(loc, 'x'), loc.__dict__))
    loc.x = 'thread'
    seen.append(('x', loc.x))
    try:
        loc.missing
    except AttributeError as e:
        seen.append(('AttributeError', str(e).split(' object ')[1]))
    done.release()


_thread.start_new_thread(visit, ())
done.acquire()
print(seen)
print('main x unchanged:', loc.x)
del loc.x
print('deleted in main:', hasattr(loc, 'x'))


class Counter(_thread._local):
    created = []

    def __init__(self, start, *, step=1):
        Counter.created.append(start)
        self.value = start
        self.step = step

    def next(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
print(c.next(), c.next())
out = []


def use_counter():
    out.append((c.value, c.next(), c.step))
    done.release()


for _ in range(2):
    _thread.start_new_thread(use_counter, ())
    done.acquire()
print(out, 'main still at', c.value, 'inits', Counter.created)
for args, kwargs in (((1,), {}), ((), {'a': 1})):
    try:
        _thread._local(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

