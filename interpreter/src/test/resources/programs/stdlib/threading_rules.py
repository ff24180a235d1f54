# threading: error messages, deprecated aliases, excepthook, barrier breaking, naming.
import io
import re
import sys
import threading
import warnings

def shape(obj):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', re.sub(r' \d+\)', ' ID)', repr(obj)))

def named(): pass
t = threading.Thread(target=named)
u = threading.Thread(target=lambda: None, name=42, daemon=True)
v = threading.Thread(target=print, args=('from v',))
print(re.sub(r'\d+', 'N', t.name), u.name, re.sub(r'\d+', 'N', v.name), shape(u))
for call in (t.join, lambda: threading.current_thread().join(), lambda: t.start() or t.start()):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)
print(shape(t).split(',')[1], t.is_alive(), t.ident is not None, t.native_id is not None)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    threading.currentThread(); threading.activeCount(); t.isDaemon(); threading.Thread().setDaemon(True)
    t.getName(); t.setName('renamed'); threading.Event().isSet()
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)
print(t.name)

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def boom():
    raise ValueError('worker failed')
w = threading.Thread(target=boom, name='w1')
w.start(); w.join()
print(seen)
def bad_hook(args):
    raise KeyError('hook broke')
threading.excepthook = bad_hook
sys.stderr = captured = io.StringIO()
w = threading.Thread(target=boom, name='w2')
w.start(); w.join()
sys.stderr = sys.__stderr__
report = captured.getvalue().splitlines()
print(report[0], report[1], report[-1])
threading.excepthook = threading.__excepthook__

def failing_action():
    raise OSError('action failed')
b = threading.Barrier(1, action=failing_action)
try:
    b.wait()
except OSError as e:
    print('OSError', e, b.broken, shape(b))
b.reset()
print(b.broken, shape(b))
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), b2.broken, b2.n_waiting)
b2.reset()
results = []
ts = [threading.Thread(target=lambda: results.append(b2.wait(5))) for _ in range(2)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(results), b2.parties, issubclass(threading.BrokenBarrierError, RuntimeError))

s = threading.BoundedSemaphore(2)
print(shape(s), s.acquire(), shape(s))
for call in (lambda: s.release(2), lambda: s.release(0), lambda: threading.Semaphore(-1),
             lambda: s.acquire(False, 1)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(shape(threading.Semaphore(3)), threading.Semaphore(0).acquire(timeout=0))
cond = threading.Condition(threading.Lock())
for call in (cond.wait, cond.notify):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
with cond:
    print(cond.wait(0), cond.wait_for(lambda: 0, timeout=0.01), shape(cond).split('(')[0])
e = threading.Event()
print(shape(e), e.wait(0.01)); e.set(); print(shape(e), e.wait())
tm = threading.Timer(5, print, args=['never'])
tm.start(); tm.cancel(); tm.join()
print(tm.finished.is_set(), threading.gettrace(), threading.getprofile())
print(threading.active_count(), [x.name for x in threading.enumerate()], threading.main_thread().name)
