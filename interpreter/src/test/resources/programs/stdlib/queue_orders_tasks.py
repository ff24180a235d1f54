# queue: FIFO/LIFO/priority order, bounds, timeouts, task accounting, errors.
import queue
import threading

def drain(q):
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    return out

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 4, 1, 5):
        q.put(x)
    print(cls.__name__, q.qsize(), q.full(), drain(q), q.empty())

q = queue.Queue(2)
q.put('a')
q.put_nowait('b')
print('full', q.full(), q.qsize())
for call in (lambda: q.put_nowait('c'), lambda: q.put('c', timeout=0.01),
             lambda: q.put('c', False), lambda: q.put('c', timeout=-1)):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e), type(e).__mro__[1].__name__)
    except ValueError as e:
        print('ValueError', e)

e = queue.Queue()
for call in (e.get_nowait, lambda: e.get(timeout=0.01), lambda: e.get(False),
             lambda: e.get(timeout=-0.5)):
    try:
        call()
    except queue.Empty as exc:
        print('Empty', repr(exc))
    except ValueError as exc:
        print('ValueError', exc)

# task_done / join with a worker thread
work = queue.Queue()
results = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        results.append(item * item)
        work.task_done()

t = threading.Thread(target=worker)
t.start()
for i in range(6):
    work.put(i)
work.put(None)
work.join()
t.join()
print('results', results, work.unfinished_tasks)
try:
    work.task_done()
except ValueError as exc:
    print('ValueError', exc)

# blocking put released by a consumer
b = queue.Queue(1)
b.put(1)
threading.Timer(0.02, b.get).start()
b.put(2, timeout=5)
print('after blocking put', drain(b))

print(queue.Queue[int], queue.SimpleQueue is not None, sorted(queue.__all__))
class Tagged(queue.Queue):
    def _put(self, item):
        super()._put(('tag', item))
tq = Tagged()
tq.put(7)
print(tq.get(), tq.maxsize, type(tq.queue).__name__, type(queue.PriorityQueue().queue).__name__)
print(queue.Full.__doc__ is not None, issubclass(queue.Full, Exception))
