def inner():
    yield 1
    yield 2
    return 'inner-done'

def outer():
    r = yield from inner()
    yield r

def main():
    return list(outer())
