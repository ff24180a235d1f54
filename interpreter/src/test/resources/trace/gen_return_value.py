def gen():
    yield 1
    return 'ret'

def main():
    g = gen()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value
