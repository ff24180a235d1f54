for i in range(10):
    print(i)
for k, v in d.items():
    if k:
        continue
    elif v:
        break
    total = k + v
else:
    finished()
for x in y:
    for z in x:
        pass
def f(items):
    for i in items:
        if i:
            return i
    return None
