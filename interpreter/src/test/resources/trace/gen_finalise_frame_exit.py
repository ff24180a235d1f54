# Generators held by a function's locals are closed when the function returns, after its
# 'return' event, in the order of the locals; a generator frame that finishes drops its own.
def inner(tag):
    try:
        yield tag
    finally:
        log('inner closed ' + tag)

def outer():
    x = inner('x')
    next(x)
    yield 'outer'
    y = inner('y')
    next(y)

def helper():
    first = inner('first')
    second = inner('second')
    next(second)
    next(first)
    return 'helper done'

def main():
    r = helper()
    results = []
    for item in outer():
        results.append(item)
    return r, results
