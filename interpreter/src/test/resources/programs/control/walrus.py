# Assignment expressions in if, while, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list of', n)
it = iter(data)
while (item := next(it, None)) is not None:
    print('item', item)
print([y for x in data if (y := x * 2) > 6])
print(y)


def f(x):
    return x + 1


print([fy := f(5), fy ** 2])
values = {}
print((values.setdefault('k', 0), (z := 10), z))
print((w := 3), w)
total = 0
print(all((total := total + v) < 20 for v in data), total)
if any((hit := v) > 8 for v in data):
    print('first above 8:', hit)
lines = ['a', 'bb', '', 'ccc']
pos = 0
while (line := lines[pos]) != '':
    print('line', line)
    pos += 1


def scope():
    [q := i for i in range(3)]
    return q


print(scope())
