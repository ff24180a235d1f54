# getstate/setstate round trips, subclasses, SystemRandom and the class layout.
import random

r = random.Random(2718)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)])
r.gauss()
st = r.getstate()
print("gauss_next kept", st[2] is not None)
a = r.gauss()
r.setstate(st)
print(a == r.gauss())
other = random.Random()
other.setstate(state)
print(other.random() == first[0])
print(random.Random.__mro__)
print(random.SystemRandom.__mro__)
print(random.Random.VERSION, isinstance(r, random.Random))


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(5)
print([d.roll() for _ in range(10)])


class Halves(random.Random):
    # only random() overridden: _randbelow must use random(), not getrandbits
    def random(self):
        return 0.5


h = Halves()
print(h.randrange(10), h.choice("abcd"), h.uniform(0, 8), h._randbelow.__name__)


class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 1


b = Bits(1)
print(b.randrange(100), b._randbelow.__name__)

s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, 0 <= s.getrandbits(10) < 1024, len(s.randbytes(4)), s.seed(1))
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sorted(s.sample(range(5), 5)), 1 <= s.randint(1, 3) <= 3)
u = random.Random()
v = random.Random()
print(u.random() != v.random())
print(random.Random(0).random() == random.Random(0.0).random() == random.Random(False).random())
print(random.Random("abc").random() == random.Random(b"abc").random() == random.Random(bytearray(b"abc")).random())
