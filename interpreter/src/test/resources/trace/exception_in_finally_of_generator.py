def gen():
    try:
        yield 1
    finally:
        raise KeyError('from finally')

def main():
    g = gen()
    next(g)
    try:
        g.close()
    except KeyError:
        return 'finally raised'
