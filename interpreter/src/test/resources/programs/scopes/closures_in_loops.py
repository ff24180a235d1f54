# Closures created in loops share the loop variable's cell; fixes with defaults and factories.
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])


def make(n):
    return lambda: n


print([make(i)() for i in range(3)])


def loop_in_function():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = 'changed after loop'
    return [g() for g in out]


print(loop_in_function())


def while_closures():
    out = []
    k = 0
    while k < 3:
        out.append(lambda k=k: k * 10)
        k += 1
    return [g() for g in out]


print(while_closures())


def cell_per_call():
    cells = []
    for n in range(3):
        def capture(n=n):
            def get():
                return n
            return get
        cells.append(capture())
    return [c() for c in cells]


print(cell_per_call())
gens = [(lambda: m) for m in 'xyz']
print([g() for g in gens])
