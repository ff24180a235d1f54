# Generator expressions as sole arguments, sum/any/all with early exit, nested generator args.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(sorted((n % 3, n) for n in range(6)))
consumed = []


def produce():
    for i in range(10):
        consumed.append(i)
        yield i


print(any(i > 2 for i in produce()), consumed)
consumed.clear()
print(all(i < 2 for i in produce()), consumed)
print(list(zip((c for c in 'abc'), range(10))))
print(dict((k, v) for k, v in [('a', 1), ('b', 2)]))
print(''.join(str(d) for d in range(5)))
print(tuple(x for x in 'xyz' if x != 'y'))
print(set(abs(n) for n in range(-2, 3)))
print(min((x for x in [5, 3, 8]), default=None), min((x for x in []), default='empty'))
