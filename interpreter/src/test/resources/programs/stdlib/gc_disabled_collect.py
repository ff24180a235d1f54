# gc.collect() still collects while automatic collection is disabled
import gc
import weakref


class Cell:
    pass


gc.disable()
print('enabled:', gc.isenabled())
cells = [Cell() for _ in range(4)]
for i, c in enumerate(cells):
    c.next = cells[(i + 1) % len(cells)]
refs = [weakref.ref(c) for c in cells]
del c, cells
gc.collect()
print('ring collected:', [r() for r in refs])

tree = {'children': []}
tree['children'].append({'parent': tree})
holder = Cell()
holder.tree = tree
holder.me = holder
rh = weakref.ref(holder)
del holder, tree
gc.collect()
print('dict cycle collected:', rh())


def make_closure():
    box = Cell()

    def inner():
        return box
    box.fn = inner
    return weakref.ref(box)


rc = make_closure()
gc.collect()
print('closure cycle collected:', rc())
gc.enable()
print('enabled:', gc.isenabled())
