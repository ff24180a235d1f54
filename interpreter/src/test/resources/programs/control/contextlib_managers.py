# contextlib.contextmanager, suppress, ExitStack, closing, nullcontext.
import contextlib


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except ValueError as e:
        print('handled inside generator:', e)
    finally:
        print('</%s>' % name)


with tag('b') as t:
    print('content', t)
with tag('i'):
    raise ValueError('inner problem')
print('continues')
try:
    with tag('u'):
        raise KeyError('escapes')
except KeyError as e:
    print('escaped', repr(e))
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppress ok')
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, 'callback', n)
    print('stack body')


class Resource:
    def close(self):
        print('closed')


with contextlib.closing(Resource()):
    print('using resource')
with contextlib.nullcontext('value') as v:
    print(v)
