# Generator pipelines: infinite sources, islice, takewhile, chained transforms, tee.
import itertools


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def squares(source):
    for n in source:
        yield n * n


print(list(itertools.islice(squares(evens(naturals())), 5)))
print(list(itertools.takewhile(lambda x: x < 30, squares(naturals()))))
print(list(itertools.dropwhile(lambda x: x < 5, range(8))))
a, b = itertools.tee(range(3))
print(list(a), list(b))
print(list(itertools.chain.from_iterable(['ab', 'cd'])))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.product('ab', repeat=2)))
print(list(itertools.permutations(range(3), 2)))
print(list(itertools.combinations('abcd', 2)))
print(list(itertools.groupby('aabbbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
counter = itertools.count(10, 5)
print(next(counter), next(counter))
print(list(itertools.repeat('x', 3)), list(itertools.islice(itertools.cycle('ab'), 5)))
