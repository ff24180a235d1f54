def gen():
    try:
        yield 1
    finally:
        pass

def main():
    g = gen()
    next(g)
    del g
    return 'deleted'
