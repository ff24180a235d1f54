for i in x:
    if i:
        break
else:
    nobreak()
while cond():
    if other():
        break
    work()
else:
    done()
def f():
    for i in range(3):
        for j in range(3):
            if i == j:
                continue
            if j > i:
                break
        else:
            return i
