# deque iterators read the deque in place and notice mutation: which operations count as one
# (rotate(0) does, d[i] = x and reverse() do not), exhausted iterators, length hints, reversed().
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(4)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
d = deque([1, 2, 3])
it = iter(d)
print(next(it)); d.pop(); d.append(9)
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(deque("ab")); print(type(it).__name__, it.__length_hint__() if hasattr(it, "__length_hint__") else "-", list(it), list(it))
r = reversed(deque("abc")); print(type(r).__name__, list(r))
d = deque("xyz"); it = iter(d); next(it); d[0] = "Q"; print(list(it))
ops = {
 "reverse": lambda d: d.reverse(), "rotate": lambda d: d.rotate(1), "rotate0": lambda d: d.rotate(0),
 "setitem": lambda d: d.__setitem__(1, 9), "delitem": lambda d: d.__delitem__(1), "insert": lambda d: d.insert(1, 7),
 "remove": lambda d: d.remove(3), "clear": lambda d: d.clear(), "extend_empty": lambda d: d.extend([]),
 "iadd": lambda d: d.__iadd__([5]), "imul1": lambda d: d.__imul__(1), "imul2": lambda d: d.__imul__(2), "count": lambda d: d.count(1),
 "index": lambda d: d.index(2), "copy": lambda d: d.copy(), "contains": lambda d: 9 in d, "extendleft": lambda d: d.extendleft([0]),
 "append_pop": lambda d: (d.append(1), d.pop()),
}
for name, op in ops.items():
    d = deque([1, 2, 3, 4]); it = iter(d); next(it); op(d)
    try:
        print(name, list(it))
    except RuntimeError as e:
        print(name, "RuntimeError", e)
d = deque([1, 2, 3], maxlen=3); it = iter(d); d.append(4)
try: print(list(it))
except RuntimeError as e: print("maxlen", e)
d = deque([1]); it = iter(d); print(list(it)); d.append(2)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e, it.__length_hint__())
class D(deque):
    def __iter__(self):
        return iter([0, 0])
print(list(D([1, 2, 3])), list(reversed(D([1, 2, 3]))), sum(deque(range(10))))
