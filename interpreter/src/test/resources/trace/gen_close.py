def gen():
    try:
        yield 1
    finally:
        x = 'closing'

def main():
    g = gen()
    next(g)
    g.close()
    return 'closed'
