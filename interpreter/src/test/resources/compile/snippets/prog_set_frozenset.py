# set and frozenset: operations, methods, comparisons, errors (small ints only are printed raw).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1, 2} < a, a > {1}, a >= a)
print(a.union([9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(range(3)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.update([2, 5], (7,))
s.discard(7)
s.discard(100)
s.remove(5)
print(s, len(s), 2 in s, s.pop() in {1, 2, 3}, len(s))
s |= {10}
s &= {1, 2, 3, 10}
s -= {10}
s ^= {2, 4}
print(sorted(s))
c = s.copy()
s.clear()
print(s, c, set(), frozenset(), repr(frozenset([3, 1])))
f = frozenset([1, 2, 3])
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})))
print({f: 'frozen key'}[frozenset([1, 2, 3])], {frozenset(): 0})
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    {1} + {2}
except TypeError as e:
    print('TypeError:', e)
try:
    a <= [1]
except TypeError as e:
    print('TypeError:', e)
print(sorted({'b', 'a', 'c'}), sorted(set('hello')), {1, 1.0, True}, {0, False})
print({x % 3 for x in range(10)}, set(range(5)) - {0}, set([1, 2]) == frozenset([1, 2]))
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    for x in a:
        a.add(x + 100)
except RuntimeError as e:
    print('RuntimeError:', e)
