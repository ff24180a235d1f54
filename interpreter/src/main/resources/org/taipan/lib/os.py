"""Operating-system interfaces (Taipan's own, partial implementation over posix)."""

import sys
import posix as _posix
import posixpath as path
from posix import getcwd, getpid, listdir, remove, mkdir, rmdir

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
altsep = path.altsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'


class _Environ(dict):
    """os.environ: the process environment as a mapping of str to str."""

    def __repr__(self):
        return 'environ(%s)' % dict.__repr__(self)


environ = _Environ(_posix.environ)
error = OSError
unlink = remove


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath_method = getattr(type(p), '__fspath__', None)
    if fspath_method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    result = fspath_method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(result).__name__))
    return result


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise
