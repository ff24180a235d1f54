def inner():
    try:
        yield 1
    except KeyError:
        yield 'inner caught'

def outer():
    yield from inner()

def main():
    g = outer()
    next(g)
    return g.throw(KeyError)
