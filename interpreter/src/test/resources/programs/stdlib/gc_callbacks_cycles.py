# gc.callbacks and collecting reference cycles
import gc
import weakref

phases = []


def watch(phase, info):
    phases.append((phase, info['generation'], sorted(info)))


gc.callbacks.append(watch)
gc.collect()
gc.collect(1)
gc.callbacks.remove(watch)
gc.collect()
for p in phases:
    print(p)


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


died = []
a, b = Node('a'), Node('b')
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: died.append('a'))
rb = weakref.ref(b, lambda r: died.append('b'))
del a, b
gc.collect()
print(sorted(died), ra(), rb())

self_ref = []
self_ref.append(self_ref)
holder = Node('h')
holder.other = self_ref
rh = weakref.ref(holder)
del holder, self_ref
gc.collect()
print(rh())


def broken(phase, info):
    raise RuntimeError('callback failed in ' + phase)


import sys
sys.unraisablehook = lambda u: print('unraisable:', u.exc_value)
gc.callbacks.append(broken)
gc.collect()
gc.callbacks.remove(broken)
print('done')
