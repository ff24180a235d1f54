# Built-in iterators: __reduce__ shapes, __setstate__, and pickle/copy round trips mid-iteration.
import copy
import pickle


def shape(r):
    # iterator objects inside a reduce tuple print with addresses: show their type instead
    def show(x):
        if type(x).__name__.endswith("iterator"):
            return "<" + type(x).__name__ + ">"
        if isinstance(x, tuple):
            return tuple(show(y) for y in x)
        return x
    return show(r)


def drain(it):
    for _ in it:
        pass
    return it


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


class Seq:
    def __getitem__(self, i):
        return [7, 8, 9][i]


makers = [
    ("range", lambda: iter(range(1, 10, 2))),
    ("longrange", lambda: iter(range(2**70, 2**70 + 3))),
    ("reversed range", lambda: reversed(range(10, 0, -3))),
    ("list", lambda: iter([1, 2, 3])),
    ("reversed list", lambda: reversed([1, 2, 3])),
    ("tuple", lambda: iter((1, 2, 3))),
    ("ascii str", lambda: iter("abc")),
    ("str", lambda: iter("aé\U0001f600")),
    ("bytes", lambda: iter(b"xyz")),
    ("bytearray", lambda: iter(bytearray(b"xyz"))),
    ("dict keys", lambda: iter({1: 2, 3: 4, 5: 6})),
    ("dict values", lambda: iter({1: 2, 3: 4}.values())),
    ("dict items", lambda: iter({1: 2, 3: 4}.items())),
    ("reversed dict", lambda: reversed({1: 2, 3: 4})),
    ("set", lambda: iter({1, 2, 3})),
    ("reversed seq", lambda: reversed("abc")),
    ("callable", lambda: iter(Counter(), 4)),
    ("getitem", lambda: iter(Seq())),
]
for name, make in makers:
    it = make()
    first = next(it)
    r = it.__reduce__()
    print(name, type(it).__name__, first, shape(r[:1] + (tuple(type(x).__name__ if isinstance(x, (Seq, Counter)) else x for x in r[1]),) + r[2:]))
    print("  hint", it.__length_hint__() if hasattr(it, "__length_hint__") else "-",
          "pickled", list(pickle.loads(pickle.dumps(it))), "copied", list(copy.deepcopy(it)))
    print("  rest", list(it), "exhausted", shape(drain(it).__reduce__()))

e = enumerate("abc", 5)
next(e)
print(shape(e.__reduce__()), list(pickle.loads(pickle.dumps(e))), list(e))
print(enumerate("a", 2**70).__reduce__()[1][1])
z = zip("ab", "cd", strict=True)
print(shape(z.__reduce__()), list(copy.deepcopy(z)))
z = zip("ab", "c")
print(list(z), shape(z.__reduce__()), zip().__reduce__())
m = map(max, "ab", "ba")
print(shape(m.__reduce__()), list(pickle.loads(pickle.dumps(m))))
f = filter(None, [0, 1, 2])
print(shape(f.__reduce__()), list(copy.copy(f)))

for make, state in [(lambda: iter(range(5)), 3), (lambda: iter(range(5)), 99), (lambda: iter(range(2**70, 2**70 + 4)), 2),
                    (lambda: iter([1, 2, 3]), -4), (lambda: reversed([1, 2, 3]), 7), (lambda: iter("héllo"), 2),
                    (lambda: iter(b"hello"), 10), (lambda: iter((1, 2, 3)), 1), (lambda: reversed("abc"), 1)]:
    it = make()
    it.__setstate__(state)
    print(type(it).__name__, state, list(it))
print(type(iter(range(3))).__name__, type(iter(range(2**64))).__name__, type(reversed([])).__name__)
