# an exception in an exit handler is reported and the other handlers still run
import atexit
import sys


def first():
    print('first registered, runs last')


class Named:
    """A callable with a stable repr, so the report shows no address."""

    def __init__(self, name, action):
        self.name, self.action = name, action

    def __call__(self):
        self.action()

    def __repr__(self):
        return '<handler %s>' % self.name


def fail():
    raise ValueError('handler failed')


def leave():
    sys.exit(5)


failing = Named('failing', fail)
exiting = Named('exiting', leave)


atexit.register(first)
atexit.register(failing)
atexit.register(exiting)
atexit.register(print, 'print registered directly', sep='|')
before = atexit._ncallbacks()
atexit.register(print, 'one more')
print('handlers added:', atexit._ncallbacks() - before)
