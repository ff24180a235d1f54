# Generators that are still referenced elsewhere when their local goes must not be closed: held
# by a list, stored by a called function, reachable through a bound method or a locals() dict,
# delegated to by another generator. Each is then run to its end.
keep = []

def gen(tag):
    try:
        yield tag + '1'
        yield tag + '2'
    finally:
        log('finally ' + tag)

def stash(g):
    keep.append(g)

def delegate(inner):
    result = yield from inner
    return result

def main():
    a = gen('a')
    next(a)
    keep.append(a)
    del a
    b = gen('b')
    next(b)
    stash(b)
    b = None
    d = gen('d')
    next(d)
    resume = d.send
    del d
    e = gen('e')
    next(e)
    names = locals()
    del e
    f = gen('f')
    outer = delegate(f)
    next(outer)
    del f
    out = [next(keep[0]), next(keep[1]), resume(None), next(names['e']), next(outer)]
    for it in (keep[0], keep[1], names['e'], outer):
        out.append(list(it))
    try:
        resume(None)
    except StopIteration:
        out.append('d done')
    return out
