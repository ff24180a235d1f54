# A bounded queue blocks producers until consumers make room; order within one producer is kept.
import queue
import threading

q = queue.Queue(maxsize=2)
received = []
producers_done = threading.Barrier(3)


def producer(tag, n):
    for i in range(n):
        q.put((tag, i))
    producers_done.wait()


def consumer(n):
    for _ in range(n):
        received.append(q.get())
        q.task_done()


ps = [threading.Thread(target=producer, args=(tag, 10)) for tag in 'xy']
c = threading.Thread(target=consumer, args=(20,))
for t in ps + [c]:
    t.start()
producers_done.wait()
c.join()
for t in ps:
    t.join()
print(len(received), q.empty(), q.unfinished_tasks)
for tag in 'xy':
    print(tag, [i for t, i in received if t == tag])

# put() with a timeout fails with Full while nobody consumes, then succeeds after a get().
full = queue.Queue(1)
full.put('first')
try:
    full.put('second', timeout=0.01)
except queue.Full:
    print('Full after timeout')
taken = []
t = threading.Thread(target=lambda: taken.append(full.get()))
t.start()
full.put('second', timeout=30)
t.join()
print(taken, full.get())

# get() blocks until a producer puts.
box = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(box.get()))
t.start()
box.put('delivered')
t.join()
print(got)
