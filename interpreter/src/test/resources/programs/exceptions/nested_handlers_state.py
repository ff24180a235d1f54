# sys.exc_info / sys.exception inside nested handlers, after handlers, and in finally.
import sys


def show(tag):
    exc = sys.exception()
    print(tag, type(exc).__name__ if exc else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)


show('start')
try:
    raise ValueError('outer')
except ValueError:
    show('in outer handler')
    try:
        raise KeyError('inner')
    except KeyError:
        show('in inner handler')
    show('back in outer handler')
show('after handlers')
try:
    try:
        raise TypeError('t')
    finally:
        show('finally during exception')
except TypeError:
    pass


def gen():
    try:
        raise IndexError
    except IndexError:
        yield show('generator handler')
        show('generator handler resumed')


g = gen()
next(g)
show('outside while generator suspended in handler')
next(g, None)
