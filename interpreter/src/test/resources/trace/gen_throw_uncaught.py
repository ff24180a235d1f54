def gen():
    yield 1

def main():
    g = gen()
    next(g)
    try:
        g.throw(ValueError('v'))
    except ValueError:
        return 'propagated'
