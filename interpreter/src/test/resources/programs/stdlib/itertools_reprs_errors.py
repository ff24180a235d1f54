# itertools: reprs, type names, argument errors and their messages
import itertools as it

print(repr(it.count()), repr(it.count(5)), repr(it.count(5, 3)), repr(it.count(1.5)))
print(repr(it.count(2, 1.0)), repr(it.count(2**70)), repr(it.count(start=-4, step=-2)))
c = it.count(10, 5)
next(c); next(c)
print(repr(c))
print(repr(it.repeat('a', 3)), repr(it.repeat('a')), repr(it.repeat('a', -3)), repr(it.repeat(None, times=2)))
r = it.repeat([1], 4)
next(r)
print(repr(r), r.__length_hint__())
big = it.count(2**63 - 3)
print([next(big) for _ in range(5)])

names = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse',
         'groupby', '_grouper', 'islice', 'pairwise', 'starmap', 'takewhile', '_tee', 'zip_longest',
         'product', 'permutations', 'combinations', 'combinations_with_replacement']
for n in names:
    t = getattr(it, n)
    print(n, t.__module__, t.__name__, type(t).__name__)
print(type(it.tee), it.chain[int])
print(type(next(it.groupby([1]))[1]).__name__, type(it.tee([1])[0]).__name__)


class MyChain(it.chain):
    pass


print(list(MyChain([1], [2])), type(MyChain.from_iterable([[3]])).__name__)

cases = [
    "it.cycle()", "it.cycle(1, 2)", "it.cycle(x=1)", "it.dropwhile(len)", "it.takewhile(None, [], x=1)",
    "it.filterfalse(None)", "it.compress()", "it.compress([1])", "it.product(1)", "it.product(repeat=-1)",
    "it.product([], x=1)", "it.product(repeat='a')", "it.product([], repeat=1, x=2)",
    "it.permutations()", "it.permutations([], 'a')", "it.permutations([], -1)", "it.permutations([], 1, 2)",
    "it.combinations([])", "it.combinations([], 1.5)", "it.combinations_with_replacement([], -1)",
    "it.groupby()", "it.groupby([], None, 3)", "it.pairwise()", "it.pairwise(1)", "it.tee()",
    "it.tee([], -1)", "it.tee([], 'a')", "it.tee([], 1, 2)", "it.tee([], n=2)", "it.starmap(pow)",
    "list(it.starmap(pow, [1]))", "it.zip_longest(1)", "it.zip_longest([], x=1)", "it.accumulate()",
    "it.accumulate([], None, None)", "it.accumulate([], x=1)", "it.count('a')", "it.count(1, 'a')",
    "it.count(x=1)", "it.count(1, 2, 3)", "it.repeat()", "it.repeat(1, 'a')", "it.repeat(1, 2, 3)",
    "it.repeat(1, times=None)", "it.repeat(1).__length_hint__()", "it.islice()", "it.islice([])",
    "it.islice([], -1)", "it.islice([], -2)", "it.islice([], 1.0)", "it.islice([], 1, 2, 0)",
    "it.islice([], -1, 2)", "it.islice([], 0, -2)", "it.islice([], 1, -1)", "it.islice([], 'a', 2)",
    "it.islice([], stop=1)", "it.islice([], 1, 2, 3, 4)", "it.islice([], 2**64)", "it.islice([], 0, 2, 'x')",
    "it.chain(x=1)", "it.chain.from_iterable()", "it.chain.from_iterable(1)", "list(it.chain(1))",
    "it.chain.from_iterable([], [])", "it._tee()", "it._tee(1)", "it._grouper()",
]
for src in cases:
    try:
        eval(src)
        print(src, 'ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
