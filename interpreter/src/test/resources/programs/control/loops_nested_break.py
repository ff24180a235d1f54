# Breaking out of nested loops with flags, else clauses and exceptions; loop variable after loop.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    else:
        continue
    break
print('found at', found, 'r =', r, 'c =', c)


class Found(Exception):
    pass


try:
    for row in grid:
        for v in row:
            if v > 7:
                raise Found(v)
except Found as f:
    print('first above 7:', f.args[0])
for i in range(3):
    pass
print('i after loop:', i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print('NameError:', e)
count = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print('count', count)
k = 0
while True:
    k += 1
    if k < 3:
        continue
    while k < 10:
        k *= 2
    break
print('k', k)
