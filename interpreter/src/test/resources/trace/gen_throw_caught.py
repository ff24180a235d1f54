def gen():
    try:
        yield 1
    except KeyError:
        yield 'handled'

def main():
    g = gen()
    next(g)
    return g.throw(KeyError)
