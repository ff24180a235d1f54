# proxies, WeakMethod and finalize
import gc
import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __len__(self):
        return self.v

    def __add__(self, other):
        return Box(self.v + (other.v if isinstance(other, Box) else other))

    def __call__(self, x):
        return x * self.v


b = Box(3)
p = weakref.proxy(b)
print(p.v, p.get(), len(p), (p + 4).v, p(5), isinstance(p, Box))
print(type(p).__name__, type(p) in weakref.ProxyTypes, weakref.proxy(b) is p)
p.v = 10
print(b.v)
try:
    hash(p)
except TypeError as e:
    print(e)
print(type(weakref.proxy(len)).__name__)
del b
gc.collect()
try:
    p.v
except ReferenceError as e:
    print('ReferenceError:', e)

c = Box(7)
wm = weakref.WeakMethod(c.get)
print(wm()(), wm() == c.get, wm == weakref.WeakMethod(c.get))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
events = []
wm2 = weakref.WeakMethod(c.get, lambda r: events.append('method died'))
del c
gc.collect()
print(wm(), events)

d = Box(1)
f = weakref.finalize(d, print, 'finalizing', 'd')
print(f.alive, f.atexit, f.peek()[1] is print, f.peek()[2])
del d
gc.collect()
print(f.alive, f(), f.peek())
e = Box(2)
f2 = weakref.finalize(e, lambda: 'result')
print(f2(), f2.alive, f2())
f3 = weakref.finalize(e, print, 'detached')
obj, func, args, kwargs = f3.detach()
print(obj is e, func is print, args, kwargs, f3.alive, f3.detach())
weakref.finalize(e, print, 'at exit, first registered')
weakref.finalize(e, print, 'at exit, second registered')
f4 = weakref.finalize(e, print, 'no exit run')
f4.atexit = False
print('end of program')
