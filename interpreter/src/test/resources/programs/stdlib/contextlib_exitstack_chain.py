# ExitStack: exception contexts across callbacks, suppression, pop_all, push and callback
import contextlib


def raiser(exc):
    def exit_callback(*details):
        print('callback sees', repr(details[1]))
        raise exc
    return exit_callback


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return ' <- '.join(out)


try:
    with contextlib.ExitStack() as stack:
        stack.push(raiser(KeyError('first')))
        stack.push(raiser(ValueError('second')))
        raise IndexError('body')
except Exception as e:
    print(chain(e))
try:
    raise OSError('outer')
except OSError:
    try:
        with contextlib.ExitStack() as stack:
            stack.push(raiser(KeyError('k')))
            raise IndexError('body')
    except KeyError as e:
        print(chain(e))
stack = contextlib.ExitStack()
stack.push(lambda *details: True)
print(stack.__exit__(None, None, None), stack.__exit__(KeyError, KeyError(), None))
stack.push(lambda *details: True)
print(stack.__exit__(KeyError, KeyError(), None))
with contextlib.ExitStack() as stack:
    stack.push(lambda *details: print('last sees', details))
    stack.push(lambda *details: print('swallowing', repr(details[1])) or True)
    stack.push(raiser(ValueError('early')))
print('all swallowed')


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, *details):
        print('exit', self.name, details[0].__name__ if details[0] else None)


with contextlib.ExitStack() as outer:
    with contextlib.ExitStack() as inner:
        print(inner.enter_context(Manager('a')), inner.push(Manager('b')).name)
        print(inner.callback(print, 'callback', 1) is print)
        moved = inner.pop_all()
    print('inner closed; moved has', len(moved._exit_callbacks))
    outer.enter_context(moved)
    print(type(moved).__name__)
print('outer closed')
with contextlib.ExitStack() as stack:
    stack.enter_context(Manager('c'))
    stack.close()
    print('closed early')
