# Thread objects: names, reprs, daemon flags, join/start errors, enumerate, subclasses.
import threading


def norepr(t):
    """A thread's repr without its ident (which differs from run to run)."""
    r = repr(t)
    return r if t.ident is None else r.replace(' ' + str(t.ident), ' <ident>')


def work(*args, **kwargs):
    print('work', args, sorted(kwargs.items()), threading.current_thread().name)


t1 = threading.Thread(target=work, args=(1, 2), kwargs={'k': 3})
print(t1.name, norepr(t1), t1.ident, t1.native_id, t1.is_alive(), t1.daemon)
t1.start()
t1.join()
print(norepr(t1), t1.is_alive(), t1.ident is not None, t1.ident != threading.get_ident())
for action in (t1.start, lambda: setattr(t1, 'daemon', True)):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError:', e)
t2 = threading.Thread(target=len)
for action in (t2.join, threading.current_thread().join):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError:', e)
print(threading.Thread(name='named').name, threading.Thread(name=42).name, threading.Thread().name)
d = threading.Thread(target=work, daemon=True)
print(norepr(d), d.daemon)
d.name = 'renamed'
print(d.name, norepr(threading.Timer(1, work)))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter-%d' % n)
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, type(main).__name__)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
gate = threading.Event()
t3 = threading.Thread(target=gate.wait, name='waiter')
t3.start()
print(sorted(t.name for t in threading.enumerate()), threading.active_count(), t3.is_alive())
t3.join(timeout=0.01)
print('still alive after a short join:', t3.is_alive())
gate.set()
t3.join()
print('after set:', t3.is_alive(), threading.active_count())


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print('RuntimeError:', e)
