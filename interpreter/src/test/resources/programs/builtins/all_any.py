# all and any: empty iterables, short-circuiting, truthiness of elements, generators.
print(all([]), any([]), all([1, 'a', [0]]), any([0, '', None]), all([1, 0]), any([0, 2]))
seen = []


def track(v):
    seen.append(v)
    return v


print(all(track(v) for v in [1, 2, 0, 3]), seen)
seen.clear()
print(any(track(v) for v in [0, 0, 5, 6]), seen)
print(all('abc'), any(''), all({0: 'a'}), any({0: 'a', 1: 'b'}), all(range(1, 5)), any(range(0)))


class Falsy:
    def __bool__(self):
        return False


print(all([Falsy()]), any([Falsy(), Falsy()]))
try:
    all(5)
except TypeError as e:
    print('TypeError:', e)
try:
    any([1], [2])
except TypeError as e:
    print('TypeError:', e)
print(type(all([])).__name__, all(x > 0 for x in []), any(x > 0 for x in [-1, 1]))
