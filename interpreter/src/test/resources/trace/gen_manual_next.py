def gen():
    x = yield 'a'
    yield x

def main():
    g = gen()
    a = next(g)
    b = g.send('sent')
    return a, b
