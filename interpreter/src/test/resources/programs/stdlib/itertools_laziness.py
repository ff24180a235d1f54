# itertools: what each iterator consumes from its source, and when
import itertools as it


class Source:
    """An iterator that logs every item handed out."""

    def __init__(self, n):
        self.i = 0
        self.n = n
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            self.log.append('stop')
            raise StopIteration
        self.i += 1
        self.log.append(self.i)
        return self.i


def show(label, make, take):
    s = Source(10)
    x = make(s)
    got = list(it.islice(x, take))
    print(label, got, 'consumed', s.log)


show('islice(3)', lambda s: it.islice(s, 3), 10)
show('islice(2,6,2)', lambda s: it.islice(s, 2, 6, 2), 10)
show('islice(4,None)', lambda s: it.islice(s, 4, None), 2)
show('islice(0,0)', lambda s: it.islice(s, 0, 0), 10)
show('takewhile', lambda s: it.takewhile(lambda v: v < 4, s), 10)
show('dropwhile', lambda s: it.dropwhile(lambda v: v < 4, s), 2)
show('compress', lambda s: it.compress(s, [1, 0, 1]), 10)
show('pairwise', lambda s: it.pairwise(s), 2)
show('accumulate', lambda s: it.accumulate(s, initial=100), 3)
show('cycle', lambda s: it.cycle(it.islice(s, 3)), 7)
show('zip_longest', lambda s: it.zip_longest(it.islice(s, 2), 'abc', fillvalue='-'), 10)
show('chain', lambda s: it.chain('ab', s), 4)
show('groupby', lambda s: (k for k, g in it.groupby(s, key=lambda v: v // 4)), 2)
show('filterfalse', lambda s: it.filterfalse(lambda v: v % 3, s), 2)
show('starmap', lambda s: it.starmap(divmod, zip(s, it.repeat(3))), 3)

# islice leaves the rest of the iterator usable
s = iter(range(10))
print(list(it.islice(s, 3)), list(it.islice(s, 1, 3)), next(s))

# groupby: a group is invalid once the groupby moves on
groups = it.groupby('aaabbc')
k1, g1 = next(groups)
print(k1, next(g1))
k2, g2 = next(groups)
print(k2, list(g1), list(g2))
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1])])

# tee: copies share the items read so far
a, b = it.tee(Source(4))
print(next(a), next(a), next(b), list(b), list(a))
c, = it.tee(a, 1)
print(c is a, list(c))
x, y, z = it.tee(iter('xyz'), 3)
print(list(x), list(y), next(z))
print(it.tee([1, 2], 0))

# infinite iterators with islice
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat(7, 3)))
print(list(it.product('ab', repeat=2)), list(it.product()), list(it.product([], [1])))
print(list(it.permutations('abc', 2)), list(it.permutations([])), list(it.permutations('ab', 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.combinations_with_replacement([], 1)), list(it.combinations([], 0)))
