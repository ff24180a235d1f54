# Iterators by hand: __iter__/__next__, iter() of various objects, exhausted iterators.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(4)))
c = Countdown(2)
for x in c:
    print('first pass', x)
for x in c:
    print('never: exhausted')


class Reusable:
    def __iter__(self):
        return iter([1, 2, 3])


r = Reusable()
print(list(r), list(r), sum(r))
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
print(type(iter('ab')).__name__, type(iter([])).__name__, type(iter(())).__name__,
      type(iter({})).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__)


class NotIterator:
    def __iter__(self):
        return 5


try:
    iter(NotIterator())
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(3.5)
except TypeError as e:
    print('TypeError:', e)
a, b, *c = Countdown(5)
print(a, b, c)
print(5 in Countdown(6), 7 in Countdown(6))
li = iter([1, 2, 3])
print(list(zip(li, li)))
