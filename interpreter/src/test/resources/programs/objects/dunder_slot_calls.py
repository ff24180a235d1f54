"""Python-level dunders reached through the type's slots (len, iteration, indexing, hashing and
equality as dict keys, ordering in sorts, operators): replaced at run time, inherited, defined
as other callables, with wrong signatures and bad results."""


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Seq(4)
print(len(s), s[3], list(s), 9 in s, bool(s))
Seq.__len__ = lambda self: -1
try:
    len(s)
except ValueError as e:
    print("ValueError:", e)
Seq.__len__ = lambda self: "x"
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)
del Seq.__len__
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"Key({self.k})"


d = {Key(i % 3): i for i in range(7)}
print(sorted(d.items()), d[Key(1)], Key(5) in d, max([Key(2), Key(9), Key(4)]))
Key.__hash__ = lambda self: 0
print(len({Key(1), Key(2), Key(1)}))
Key.__lt__ = lambda self, other: self.k > other.k
print(sorted([Key(1), Key(3), Key(2)]), min(Key(1), Key(3)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), sum(Countdown(5)), list(zip(Countdown(2), Countdown(9))))
Countdown.__next__ = lambda self, extra: 0
try:
    next(Countdown(1))
except TypeError as e:
    print("TypeError:", e)


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o * 100 + self.x)

    def __mul__(self, o):
        return NotImplemented


class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"


print((V(1) + V(2)).x, (V(1) + 5).x, (5 + V(1)).x, V(1) + W(2), sum([V(1), V(2)], V(0)).x)
try:
    V(1) * 3
except TypeError as e:
    print("TypeError:", e)
V.__add__ = staticmethod(lambda b: ("static", b))
print(V(1) + 2)


class IntSub(int):
    def __eq__(self, other):
        return "eq called"

    __hash__ = int.__hash__

    def __add__(self, other):
        return int(self) * 1000 + other


print(IntSub(3) == 3, IntSub(3) + 4, 4 + IntSub(3), {IntSub(2): "a"}[2])
