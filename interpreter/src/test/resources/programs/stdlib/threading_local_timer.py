# threading.local gives each thread its own attributes; Timer fires or is cancelled.
import threading

data = threading.local()
data.name = 'main'
seen = {}


def visit(tag):
    seen[tag] = hasattr(data, 'name')
    data.name = tag
    data.items = [tag] * 2
    seen[tag + ' after'] = (data.name, data.items)


ts = [threading.Thread(target=visit, args=('t%d' % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print('main still sees', data.name, hasattr(data, 'items'), sorted(data.__dict__))


class Config(threading.local):
    initialised = 0

    def __init__(self, level):
        Config.initialised += 1
        self.level = level

    def bump(self):
        self.level += 1
        return self.level


cfg = Config(5)
print(cfg.bump(), cfg.bump())
results = []
t = threading.Thread(target=lambda: results.append((cfg.level, cfg.bump())))
t.start()
t.join()
print('thread saw a fresh init:', results, 'main keeps', cfg.level, 'inits', Config.initialised)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)

fired = []
timer = threading.Timer(0.01, fired.append, args=['fired'])
print(timer.name.startswith('Thread-'), timer.interval, timer.daemon)
timer.start()
timer.join()
print(fired, timer.finished.is_set())
never = threading.Timer(60, fired.append, kwargs={'x': 1})
never.start()
never.cancel()
never.join()
print('cancelled timer did nothing:', fired)
