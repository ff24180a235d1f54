def gen():
    yield 1

def main():
    g = gen()
    g.close()
    return 'ok'
