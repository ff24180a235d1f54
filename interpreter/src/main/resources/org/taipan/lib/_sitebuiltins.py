"""The objects the site module adds to builtins: exit, quit, copyright, credits, license, help.

Taipan's own implementation. They exist for people at the interactive prompt: their reprs say
how to use them.
"""

import sys


class Quitter(object):
    """exit() and quit(): end the interpreter by raising SystemExit(code)."""

    def __init__(self, name, eof):
        self.name, self.eof = name, eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        # Closing stdin first keeps a parent process that feeds us input from waiting on a
        # reader that is about to disappear.
        stdin = sys.stdin
        if stdin is not None:
            try:
                stdin.close()
            except Exception:
                pass
        raise SystemExit(code)


class _Printer(object):
    """copyright, credits and license: show their text when looked at or called."""

    def __init__(self, name, text):
        self.__name = name
        self.__text = text

    def __repr__(self):
        return self.__text

    def __call__(self):
        print(self.__text)


class _Helper(object):
    """help(): the documentation of an object (pydoc's, when that module is there)."""

    _USAGE = 'Type help() for interactive help, or help(object) for help about object.'

    def __repr__(self):
        return self._USAGE

    def __call__(self, *args, **kwds):
        try:
            import pydoc
        except ImportError:
            return _plain_help(*args)
        return pydoc.help(*args, **kwds)


def _plain_help(obj=None):
    if obj is None:
        print('Interactive help is not available in Taipan yet; use help(object).')
        return
    name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None) or type(obj).__name__
    print('Help on %s %s:\n' % (type(obj).__name__, name))
    doc = getattr(obj, '__doc__', None)
    print(doc if doc else '(no documentation)')
