# for loops: else, break, continue, unpacking targets, iterating many kinds of iterables.
for i in range(3):
    pass
else:
    print('else after full loop, i =', i)
for i in range(10):
    if i == 4:
        break
else:
    print('never printed')
print('broke at', i)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ['abc', 'de']:
    print(first, rest)
for ch in 'hi':
    print(ch)
for k in {'x': 1, 'y': 2}:
    print(k)
for n in {3, 1, 2}:
    print(n, end=' ')
print()
d = {}
for d['key'] in range(3):
    pass
print(d)


class Box:
    pass


box = Box()
for box.attr in 'xyz':
    pass
print(box.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate('abc'):
    pass
print(lst)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for x in []:
    print('never')
else:
    print('empty loop else')
