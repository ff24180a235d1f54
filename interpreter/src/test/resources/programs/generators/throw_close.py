# throw() and close(): exceptions at the yield point, GeneratorExit, finally blocks.


def worker():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled ValueError', e)
    finally:
        print('cleanup')


w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad value'))
w.send(2)
w.close()
print('closed; frame:', w.gi_frame)
w.close()


def no_catch():
    yield 1
    yield 2


g = no_catch()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(g)
except StopIteration:
    print('generator is finished after throw')


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuses to die'


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)


def returns_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        return 'returned after throw'


r = returns_on_throw()
next(r)
try:
    r.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
unstarted = no_catch()
try:
    unstarted.throw(IndexError('before start'))
except IndexError as e:
    print('unstarted throw:', e)
print(list(unstarted))


def catch_exit():
    try:
        yield
    except GeneratorExit:
        print('GeneratorExit seen', GeneratorExit.__mro__[1].__name__)
        raise


c = catch_exit()
next(c)
c.close()
