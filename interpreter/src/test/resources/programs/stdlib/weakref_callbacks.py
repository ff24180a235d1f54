# Callbacks of weak references: order, arguments, exceptions, refs that die first
import gc
import sys
import weakref


class Thing:
    pass


log = []
t = Thing()
refs = [weakref.ref(t, lambda r, i=i: log.append(('cb', i, r() is None))) for i in range(3)]
print('registered', len(refs), weakref.getweakrefcount(t))
del t
gc.collect()
# newest callback first, each sees a dead reference
print(log)

# a ref object that dies before its referent never calls back
log.clear()
u = Thing()
tmp = weakref.ref(u, lambda r: log.append('should not run'))
del tmp
gc.collect()
del u
gc.collect()
print('after dead ref:', log)

# the callback receives the reference object itself
got = []
v = Thing()
rv = weakref.ref(v, got.append)
del v
gc.collect()
print(got[0] is rv, got[0]())

# exceptions in callbacks are unraisable: reported, then execution continues
def hook(unraisable):
    print('unraisable:', unraisable.exc_type.__name__, unraisable.exc_value)


sys.unraisablehook = hook
w = Thing()
rw = weakref.ref(w, lambda r: 1 / 0)
del w
gc.collect()
print('still running')
sys.unraisablehook = sys.__unraisablehook__

# callbacks may create new references
made = []
x = Thing()
keep = Thing()
rx = weakref.ref(x, lambda r: made.append(weakref.ref(keep)))
del x
gc.collect()
print(len(made), made[0]() is keep)

# subclass of ref with extra state
class Tagged(weakref.ref):
    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag

    def __new__(cls, obj, callback=None, tag=None):
        return super().__new__(cls, obj, callback)


y = Thing()
tr = Tagged(y, None, tag='mine')
print(type(tr).__name__, tr.tag, tr() is y, isinstance(tr, weakref.ref))
print(weakref.getweakrefcount(y), weakref.ref(y) is tr)
