# gc.is_tracked follows what a dict holds; get_referents of containers
import gc


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


d = {}
print('empty', gc.is_tracked(d))
d['n'] = 1
d['s'] = 'text'
print('atoms', gc.is_tracked(d))
d['p'] = Point(1, 2)
print('with instance', gc.is_tracked(d))
nested = {'inner': {'a': 1}}
print('nested dict', gc.is_tracked(nested))
print('list', gc.is_tracked([]), 'set', gc.is_tracked({1}), 'bytearray', gc.is_tracked(bytearray()))
print('generator', gc.is_tracked(x for x in ()), 'module', gc.is_tracked(gc))
print(gc.get_referents([1, 2, 3]))
print(gc.get_referents((4, 5), [6]))
print(gc.get_referents({'a': 1, 'b': 2}))
print(gc.get_referents(1, 'x', None))
try:
    gc.is_tracked()
except TypeError as e:
    print(e)
