# Condition variables (producer/consumer) and barriers (rounds, actions, abort, reset).
import threading

cond = threading.Condition()
items = []
consumed = []


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))
            cond.notify_all()


c = threading.Thread(target=consumer, args=(5,))
c.start()
for i in range(5):
    with cond:
        cond.wait_for(lambda: not items)
        items.append(i * 10)
        cond.notify_all()
c.join()
print('consumed in order:', consumed)

# notify(n) wakes at most n waiters; notify_all the rest.
woken = []
ready = threading.Barrier(4)
gate = threading.Condition(threading.Lock())


def sleeper(i):
    ready.wait()
    with gate:
        gate.wait()
        woken.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
ready.wait()
with gate:
    while len(gate._waiters) < 3:
        gate.wait(0.001)
    gate.notify(2)
while len(woken) < 2:
    with gate:
        gate.wait(0.001)
with gate:
    print('after notify(2):', len(woken))
    gate.notify_all()
for t in ts:
    t.join()
print('after notify_all:', sorted(woken))

# A barrier: the action runs once per round, wait() gives each party a distinct index.
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append('tripped'))
indexes = []


def party():
    for _ in range(2):
        indexes.append(barrier.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rounds, sorted(indexes), barrier.parties, barrier.n_waiting, barrier.broken)

# A waiter times out: the barrier breaks for everyone.
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), b2.broken, isinstance(e, RuntimeError))
b2.reset()
print('after reset:', b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('aborted barrier refuses waiters:', b2.broken)
