# Queue, LifoQueue, PriorityQueue and SimpleQueue: order, sizes and bounds.
import queue

fifo, lifo, prio, simple = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()
for item in [5, 1, 4, 2, 3]:
    for q in (fifo, lifo, prio, simple):
        q.put(item)
for q in (fifo, lifo, prio, simple):
    print(type(q).__name__, q.qsize(), q.empty(), [q.get() for _ in range(5)], q.empty())
tasks = queue.PriorityQueue()
for entry in [(2, 'write'), (1, 'read'), (3, 'close'), (1, 'open')]:
    tasks.put(entry)
print([tasks.get_nowait() for _ in range(4)])
bounded = queue.Queue(maxsize=2)
print(bounded.maxsize, bounded.full(), bounded.empty())
bounded.put('a')
bounded.put_nowait('b')
print(bounded.full(), bounded.qsize(), bounded.unfinished_tasks)
print(bounded.get(), bounded.full(), bounded.get(block=False), bounded.empty())
unbounded = queue.Queue(maxsize=0)
for i in range(100):
    unbounded.put(i)
print(unbounded.full(), unbounded.qsize(), unbounded.unfinished_tasks)
neg = queue.Queue(-5)
for i in range(3):
    neg.put_nowait(i)
print('negative maxsize is unbounded:', neg.qsize(), neg.full())
print(list(fifo.queue), type(fifo.queue).__name__, type(lifo.queue).__name__)


class Reversed(queue.Queue):
    """A subclass changes the storage through the _put/_get hooks."""

    def _get(self):
        return self.queue.pop()


r = Reversed()
for ch in 'abc':
    r.put(ch)
print(''.join(r.get() for _ in range(3)))
print(queue.__all__)
print(queue.Queue[int], queue.SimpleQueue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple])
