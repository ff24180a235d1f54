def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def sorted(iterable, key=None, reverse=False):
    items = list(iterable)
    items.sort(key=key, reverse=reverse)
    return items
l = [1, 2, 3]; l.extend(l); print(l); l += l; print(len(l))
m = [1, 2, 3]; m[0:0] = map(lambda x: x * 2, range(3)); print(m)
t(lambda: m.__setitem__(slice(None, None, -1), [1]))
m = list(range(6)); del m[5:2]; print(m)
print(sorted([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')], key=lambda x: x[0], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted([[2], [1, 5], [1]]), sorted([0.5, -1, 3, True]))
k = [3, 1, 2]
def key_fail(v):
    if v == 2:
        raise ValueError('bad key')
    return v
t(lambda: k.sort(key=key_fail)); print(k)
class_order = [5, 'a', 1]
t(lambda: class_order.sort()); print(class_order)
t(lambda: [1] == (1,))
t(lambda: [1] < (1,))
t(lambda: (1,) < (1, 2) < (2,))
t(lambda: [1, 2] * True)
t(lambda: [1, 2].pop(True))
t(lambda: [0, 1, 2].index(2, -10**30, 10**30))
t(lambda: [1].insert(10**30, 5))
x = [1]; x.insert(10**18, 5); x.insert(-10**18, 0); print(x)
t(lambda: [].extend(5))
def iadd():
    q = [1]
    q += 5
t(iadd)
def iadd2():
    q = [1]
    q += 'ab'
    q += {3: 4}
    return q
t(iadd2)
t(lambda: [1, 2, 3][True])
t(lambda: [1, 2, 3][-4])
t(lambda: [1, 2, 3][2**63])
t(lambda: (1, 2)[2**63])
t(lambda: [1, 2, 3][slice(2**70, None)])
t(lambda: [1, 2, 3][slice(None, None, 2**70)])
t(lambda: [1, 2, 3][slice(None, None, -2**70)])
t(lambda: (5, 6) * 2**62)
t(lambda: (5, 6) * 0)
t(lambda: () * 10**10)
t(lambda: [[]] * 3)
y = [[]] * 3; y[0].append(1); print(y)
nested = [1, [2, [3, [4]]]]; print(nested, str(nested), repr((nested,)))
t(lambda: {1: 2}.__class_getitem__(int))
print(list[int], dict[str, int], tuple[int, ...], set[int], frozenset[str])
print({1, 2}.__contains__({1}), {frozenset({1})}.__contains__({1}))
s = {frozenset({1}), 2}; s.discard({1}); print(s); s.add(3); s.remove(3); print(s)
t(lambda: {2}.remove([]))
t(lambda: {2}.discard([]))
t(lambda: [] in {2})
z = {}; z[frozenset([1, 2])] = 'f'; print(z[frozenset([2, 1])])
print(set([1, 2, 3]) == frozenset([3, 2, 1]), frozenset([1]) in {frozenset([1]): 0}, {1, 2} ^ frozenset([2]))
print(tuple(range(5)), list(range(0)), tuple('ab'), list({1: 2}), list({3, 4}), tuple({5: 6}.items()))
print([i for i in reversed((1, 2, 3))], [*range(3), *'ab'], {*range(3)}, {**{1: 2}, 3: 4}, (*[1], 2))
a, *b = range(5); print(a, b)

print(list(map(lambda *a: a, 'ab', 'cde', [1, 2, 3])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])))
e = enumerate('xy'); print(list(e), list(e))
z = zip([1, 2], [3, 4]); print(next(z), list(z), list(z))
l = [1, 2, 3]
for s, v in [(slice(None, None, 2), 5), (slice(1, 2), 5), (slice(None, None, 1), 5), (slice(0, 2, 0), 5), (slice(0, 2, 0), [5])]:
    try:
        l[s] = v
    except Exception as e:
        print(type(e).__name__, e)
m = [1, 2, 3, 4]
def grow():
    for i in range(3):
        m.append(i)
        yield i
try:
    m[1:3] = grow()
    print(m)
except Exception as e:
    print(type(e).__name__, e)

