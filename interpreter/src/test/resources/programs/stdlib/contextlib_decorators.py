# contextmanager details: exceptions into the generator, reuse, ContextDecorator
from contextlib import contextmanager, ContextDecorator


@contextmanager
def handler(log):
    log.append('setup')
    try:
        yield 'value'
    except KeyError as e:
        log.append('handled %r' % e)
    finally:
        log.append('teardown')


log = []
with handler(log) as v:
    log.append(v)
    raise KeyError('k')
print(log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def reraiser():
    try:
        yield
    except ValueError:
        raise TypeError('converted')


try:
    with reraiser():
        raise ValueError('v')
except TypeError as e:
    print('TypeError:', e, type(e.__context__).__name__)


class logged(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False


@logged()
def work(x):
    print('working', x)
    return x * 2


print(work(21))


@handler([])
def decorated():
    return 'ran'


print(decorated(), decorated())
cm = handler([])
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
