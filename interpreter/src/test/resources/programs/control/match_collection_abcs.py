# Sequence and mapping patterns accept classes derived from collections.abc.Sequence/Mapping
# and deques; str, bytes and bytearray are never sequences for match.
import collections
from collections.abc import Mapping, MutableSequence, Sequence


class Pair(Sequence):
    def __getitem__(self, i):
        return ('left', 'right')[i]

    def __len__(self):
        return 2


class Growable(MutableSequence):
    def __init__(self):
        self.items = [1, 2, 3]

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


class Settings(Mapping):
    def __getitem__(self, key):
        if key == 'mode':
            return 'fast'
        raise KeyError(key)

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(['mode'])


class Plain:
    pass


def shape(value):
    match value:
        case {'mode': mode}:
            return 'mapping with mode ' + mode
        case [a, b]:
            return 'pair %r %r' % (a, b)
        case [first, *rest]:
            return 'sequence starting %r, %d more' % (first, len(rest))
        case _:
            return 'no pattern'


for value in [Pair(), Growable(), Settings(), Plain(), collections.deque('xyz'),
              collections.deque([7, 8]), 'ab', b'ab', bytearray(b'ab'), collections.OrderedDict(mode='slow')]:
    print(type(value).__name__, '->', shape(value))
