# SimpleQueue: an unbounded FIFO shared by threads, without task tracking.
import queue
import threading

sq = queue.SimpleQueue()
print(type(sq).__name__, sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(block=True, timeout=1), sq.empty())
print(hasattr(sq, 'task_done'), hasattr(sq, 'join'), hasattr(sq, 'maxsize'))
out = queue.SimpleQueue()


def echo():
    while True:
        item = sq.get()
        if item is None:
            break
        out.put(item.upper())


t = threading.Thread(target=echo)
t.start()
for word in ['alpha', 'beta', 'gamma']:
    sq.put(word)
sq.put(None)
t.join()
print([out.get() for _ in range(out.qsize())])
# Many producers, one consumer: every item arrives exactly once.
producers = [threading.Thread(target=lambda n=n: [sq.put((n, i)) for i in range(50)]) for n in range(4)]
for p in producers:
    p.start()
for p in producers:
    p.join()
items = []
while not sq.empty():
    items.append(sq.get())
print(len(items), len(set(items)), sorted(items)[:3], sorted(items)[-1])
for n in range(4):
    mine = [i for k, i in items if k == n]
    print(n, mine == sorted(mine))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('Empty on timeout')
