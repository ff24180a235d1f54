# ExitStack: callbacks, pop_all, exception handling and suppression order
from contextlib import ExitStack, contextmanager


@contextmanager
def tag(name, log):
    log.append('enter ' + name)
    try:
        yield name
    finally:
        log.append('exit ' + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(tag(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    log.append('body %s' % names)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(tag('x', log))
    kept = stack.pop_all()
log.append('after with')
kept.close()
print(log)


def suppressor(*exc):
    log.append('suppressing %s' % (exc[0].__name__ if exc[0] else None))
    return True


log = []
with ExitStack() as stack:
    stack.push(suppressor)
    stack.callback(log.append, 'cb runs first')
    raise KeyError('hidden')
print(log)

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise ValueError('original')
except ZeroDivisionError as e:
    print('raised', type(e).__name__, 'context', type(e.__context__).__name__)

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError:', e)


class CM:
    def __enter__(self):
        return 'cm'

    def __exit__(self, *a):
        print('CM exit', a[0])


with ExitStack() as stack:
    print(stack.enter_context(CM()))
    stack.push(CM())
