def gen():
    yield 1
    x = yield
    yield from other()
    return x
def genexp_user(seq):
    return sum(x for x in seq)
lam = lambda: (yield)
