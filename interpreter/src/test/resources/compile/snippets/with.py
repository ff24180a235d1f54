with open(f) as fh:
    data = fh.read()
with a, b as c:
    pass
with lock:
    x = 1
def f():
    with cm() as v:
        return v
def g():
    for i in x:
        with cm():
            continue
