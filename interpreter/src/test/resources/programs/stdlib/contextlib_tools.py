# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout.
import contextlib
import sys


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('p') as t:
    print('body', t)
try:
    with tag('div'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['k']
print('after swallow')


@tag('decorated')
def work():
    print('working')


work()
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed', contextlib.suppress(ZeroDivisionError).__exit__(None, None, None))


class Resource:
    def close(self):
        print('closed')


with contextlib.closing(Resource()) as r:
    print(type(r).__name__)
with contextlib.nullcontext('value') as v:
    print(v)
with contextlib.ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.enter_context(tag('a'))
    stack.callback(print, 'callback 2')
    print('in stack')
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print('exit with', exc[0].__name__) or True)
    raise RuntimeError('handled by stack')
print('stack suppressed it')


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


out = Collector()
with contextlib.redirect_stdout(out):
    print('hidden', 42)
print(out.parts, sys.stdout is sys.__stdout__)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError:', e)
