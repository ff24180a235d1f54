# Runtime scoping behaviours: rebinding a nonlocal from several closures, closures over loop cells.


def make_fns():
    fns = []
    total = 0
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
            return total
        fns.append(add)

    def get():
        return total
    return fns, get


fns, get = make_fns()
for f in fns:
    f()
fns[2]()
print(get())


def counter_gen():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    while True:
        yield inc()


g = counter_gen()
print(next(g), next(g), next(g))


def shadow_in_comprehension():
    x = 'outer'
    result = [x for x in 'ab']
    return x, result


print(shadow_in_comprehension())
