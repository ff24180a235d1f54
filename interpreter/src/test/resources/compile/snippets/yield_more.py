def g():
    try:
        yield 1
    finally:
        yield 2
def h():
    x = yield from sub()
    yield x, (yield)
def k():
    with cm():
        yield
def gen_in_loop():
    for x in range(3):
        yield x
    while True:
        received = yield
        if received:
            return received
