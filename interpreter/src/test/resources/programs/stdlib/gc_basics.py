# gc: switches, thresholds, debug flags and argument errors
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.get_debug())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.get_debug())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError', e)
try:
    gc.set_threshold()
except TypeError as e:
    print('TypeError', e)
try:
    gc.isenabled(1)
except TypeError as e:
    print('TypeError', e)
print(len(gc.get_count()), all(isinstance(n, int) for n in gc.get_count()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.garbage, type(gc.callbacks).__name__)
print(gc.is_finalized(object()))
gc.freeze()
print(type(gc.get_freeze_count()).__name__)
gc.unfreeze()
print(gc.get_freeze_count())
print(isinstance(gc.get_objects(), list), isinstance(gc.get_referrers(1), list))
print(gc.get_referents([1, 'a'], (2, 3)), gc.get_referents({'k': 'v', 'a': 1}))
