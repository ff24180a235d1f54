# collections: deque operations, maxlen, rotation, reprs and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('yz')
print(d, d.count('a'), d.index(2), 2 in d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.remove('a')
d[0] = 'first'
del d[1]
print(d, d.copy(), d == deque(d), d != deque(), bool(deque()))
d.insert(1, 'ins')
d.reverse()
print(d)
d.clear()
print(d, repr(deque()), deque('abc', maxlen=2))
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m, m + deque([1]), m * 2, deque([1]) < deque([2]))
e = deque([1, 2])
e += [3]
e *= 2
print(e, deque(maxlen=0), deque([[1]]))
for expr in ['deque().pop()', 'deque().popleft()', 'deque([1]).remove(2)', 'deque([1])[5]',
             'deque(maxlen=-1)', 'deque([1]).index(3)', 'deque([1], maxlen=1).insert(0, 2)',
             'deque([1])["a"]', 'deque() + [1]', 'deque(1)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
