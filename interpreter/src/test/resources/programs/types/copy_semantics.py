# Aliasing and copying of built-in containers: slicing, list(), dict.copy, nested sharing.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a.append(4)
a[1].append('shared')
print(a, b, c, d, c[1] is a[1])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
m = {'k': [1]}
m2 = m.copy()
m2['k'].append(2)
m2['new'] = 0
print(m, m2)
s = {1, 2}
s2 = s.copy()
s2.add(3)
print(s, s2)
t = (1, [2])
t[1].append(3)
print(t)
x = y = []
x.append('both')
print(y, x is y)
n = 5
k = n
n += 1
print(n, k)
st = 'abc'
st2 = st
st += 'd'
print(st, st2)
