# Iteration: __iter__, the __getitem__ fallback (IndexError ends it), __reversed__, __contains__.


class Legacy:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Legacy()), 9 in Legacy(), 5 in Legacy())
it = iter(Legacy())
print(type(it).__name__, next(it), next(it))
for v in Legacy():
    print('legacy item', v)


class Membership:
    def __contains__(self, item):
        print('__contains__', item)
        return item == 'yes'


m = Membership()
print('yes' in m, 'no' in m, 'no' not in m)


class ContainsViaIter:
    def __iter__(self):
        print('iterating for membership')
        return iter([1, 2, 3])


print(2 in ContainsViaIter())


class Reversible:
    def __reversed__(self):
        return iter('cba')


print(list(reversed(Reversible())))


class SeqLike:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'item%d' % i


print(list(reversed(SeqLike())))
try:
    reversed(Membership())
except TypeError as e:
    print('TypeError:', e)


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NoIter())
except TypeError as e:
    print('TypeError:', e)


class StopsWithKeyError:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(StopsWithKeyError())
except KeyError as e:
    print('KeyError propagates:', e)
first, *rest = Legacy()
print(first, rest)
a, b = Legacy()
