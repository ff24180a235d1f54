a = 1 + 2
b = 2 ** 10
c = -5
d = "ab" * 3
e = (1, 2, 3)
f = ((1, 2), (3, "x"))
g = 10 / 4
h = 7 // 2
i = 7 % -3
j = 1 << 200
k = 2 ** 200
l = "x" * 5000
m = 3j + 1
n = not 0
o = ~5
p = "abc"[1]
q = (1, 2, 3)[-1]
r = 1.5 * 2
s = x in [1, 2, 3]
t = x not in {1, 2, 3}
u = [1, 2, 3]
v = {1, 2, 3}
w = (a, 1)
for i in [1, 2, 3]:
    pass
for i in [a, b]:
    pass
y = __debug__
z = not (a is b)
zz = not (a in b)
