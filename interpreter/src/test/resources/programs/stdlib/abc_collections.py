# collections.abc: built-in types' registrations, structural checks and the mixin methods.
from collections import abc


print(isinstance([], abc.Sequence), isinstance([], abc.MutableSequence), isinstance((), abc.MutableSequence))
print(isinstance({}, abc.Mapping), isinstance({}, abc.MutableMapping), isinstance('', abc.Sequence))
print(isinstance(iter([]), abc.Iterator), isinstance([], abc.Iterable), isinstance([], abc.Iterator))
print(issubclass(int, abc.Hashable), issubclass(list, abc.Hashable), isinstance(len, abc.Callable))
print(isinstance({1}, abc.Set), isinstance(frozenset(), abc.MutableSet), isinstance({}.keys(), abc.KeysView))
print(isinstance((x for x in []), abc.Generator), isinstance(range(3), abc.Sequence), issubclass(dict, abc.Sized))


class Squares(abc.Mapping):
    def __getitem__(self, key):
        if not isinstance(key, int) or not 0 <= key < 4:
            raise KeyError(key)
        return key * key

    def __len__(self):
        return 4

    def __iter__(self):
        return iter(range(4))


sq = Squares()
print(list(sq.items()), list(sq.keys()), list(sq.values()), sq.get(9, 'none'), 3 in sq, 7 in sq)
print(dict(sq), sq == {0: 0, 1: 1, 2: 4, 3: 9}, len(sq.keys()))


class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b = Bag([1, 2, 3])
b |= {4}
b -= {1}
print(sorted(b), sorted(b & {2, 9}), sorted(b | {7}), b <= Bag([2, 3, 4, 5]), b.isdisjoint([8]))


class Seq(abc.Sequence):
    def __getitem__(self, i):
        return 'abc'[i]

    def __len__(self):
        return 3


s = Seq()
print(list(s), 'b' in s, s.index('c'), s.count('a'), list(reversed(s)))
for cls in (abc.Sequence, abc.Mapping, abc.Iterator):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
