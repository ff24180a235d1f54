# __getitem__/__setitem__/__delitem__/__len__ with ints, slices and tuples; __missing__.


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        print('get', key)
        return self.cells.get(repr(key), 0)

    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[repr(key)] = value

    def __delitem__(self, key):
        print('del', key)
        del self.cells[repr(key)]

    def __len__(self):
        return len(self.cells)


g = Grid()
g[1, 2] = 'a'
g[0] = 'b'
print(g[1, 2], g[5], len(g))
del g[0]
g[1:3] = 'slice'
g[::2]
g[1:2, ...]
print(len(g))


class DefaultDict(dict):
    def __missing__(self, key):
        print('__missing__', key)
        self[key] = value = key * 2
        return value


d = DefaultDict(a='x')
print(d['a'], d['bb'], d['bb'], d.get('zz', 'get does not call __missing__'))
print(sorted(d.items()))


class SliceEcho:
    def __getitem__(self, key):
        return key


s = SliceEcho()
print(s[1:2], s[::], s[1:2:3], s[:, 1], s[...], s[()])
print(s[1:2].indices(10), slice(None, None, -1).indices(5))
try:
    del SliceEcho()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
try:
    SliceEcho()[0] = 1
except TypeError as e:
    print('TypeError:', e)
