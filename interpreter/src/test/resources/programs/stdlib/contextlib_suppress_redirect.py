# suppress, redirect_stdout/stderr, nullcontext, closing, chdir-free helpers
import io
import sys
from contextlib import suppress, redirect_stdout, redirect_stderr, nullcontext, closing

with suppress(KeyError, IndexError):
    {}['missing']
print('after suppressed KeyError')
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError:', e)
with suppress(Exception):
    raise ExceptionGroup('g', [KeyError(1)])
print('group suppressed')
try:
    with suppress(KeyError):
        raise ExceptionGroup('g', [KeyError(1), ValueError(2)])
except ExceptionGroup as e:
    print('rest:', repr(e), [repr(x) for x in e.exceptions])

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured line')
    print(target is buf)
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write('to stderr\n')
print(repr(err.getvalue()))
with nullcontext(42) as v:
    print('nullcontext gives', v)
with nullcontext() as v:
    print('default', v)


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
outer = io.StringIO()
inner = io.StringIO()
with redirect_stdout(outer):
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(repr(outer.getvalue()), repr(inner.getvalue()))
