# Worker threads with task_done(), Queue.join() and sentinel shutdown.
import queue
import threading

work = queue.Queue()
results = queue.Queue()
STOP = object()


def worker(name):
    handled = 0
    while True:
        item = work.get()
        try:
            if item is STOP:
                results.put((name, handled))
                return
            results.put(item * item)
            handled += 1
        finally:
            work.task_done()


threads = [threading.Thread(target=worker, args=('w%d' % i,)) for i in range(3)]
for t in threads:
    t.start()
for i in range(30):
    work.put(i)
work.join()
print('all tasks done:', work.unfinished_tasks, work.empty())
for t in threads:
    work.put(STOP)
for t in threads:
    t.join()
squares = []
counts = []
while not results.empty():
    r = results.get()
    (counts if isinstance(r, tuple) else squares).append(r)
print(sorted(squares) == [i * i for i in range(30)], len(squares))
print(sorted(name for name, n in counts), sum(n for name, n in counts))

# join() waits for the last task_done() of a slow consumer.
slow = queue.Queue()
log = []


def consumer():
    for _ in range(3):
        item = slow.get()
        log.append('got %s' % item)
        slow.task_done()


c = threading.Thread(target=consumer)
for item in 'abc':
    slow.put(item)
c.start()
slow.join()
log.append('joined')
c.join()
print(log)
