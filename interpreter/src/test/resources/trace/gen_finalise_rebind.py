# A suspended generator closed when the only local naming it is rebound, and one that two
# locals share, closed only when the second goes.
def counter(label):
    try:
        yield label
        yield label * 2
    finally:
        log('cleanup ' + label)

def main():
    g = counter('a')
    next(g)
    g = 'rebound'
    h = counter('b')
    next(h)
    alias = h
    del h
    log('alias still alive')
    del alias
    return g
