l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
d = {}
for i in range(100000):
    d = {1: d}
try:
    d == d.copy()
    print('eq ok')
except RecursionError as e:
    print('RecursionError', e)
a = []
b = []
for i in range(100000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
