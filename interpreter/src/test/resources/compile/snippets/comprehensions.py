a = [x for x in y]
b = {x for x in y if x}
c = {k: v for k, v in d.items()}
g = (x * 2 for x in y)
n = [x + z for x in y for z in x if z if x]
def f(y):
    return [x + y for x in y]
t = [y for x in z for y in [x]]
w = [(lambda: x) for x in y]
