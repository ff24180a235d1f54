"""Operating-system interfaces (Taipan's own implementation over the Java posix module).

A JVM cannot change its working directory: chdir() changes the interpreter's own working
directory, and every relative path given to os, os.path, open() and the import system is
resolved against it. The environment is the interpreter's own view too: os.environ and
putenv/unsetenv change it; they cannot change the JVM's.
"""

import abc as _abc
import sys
import posix as _posix
import posixpath as path
from posix import (getcwd, getpid, getppid, listdir, remove, unlink, mkdir, rmdir, rename,
                   replace, chdir, strerror, urandom, cpu_count, close, read, write, lseek,
                   ftruncate, isatty, access, chmod, readlink, symlink, utime, umask)

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

error = OSError

O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_CLOEXEC = 0o2000000
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()


open = _posix.open


def getcwdb():
    return getcwd().encode()


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


# --- environment ---

class _Environ(dict):
    """os.environ: the interpreter's environment, a mapping of str to str."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwds):
        for k, v in dict(*args, **kwds).items():
            self[k] = v

    def pop(self, key, *default):
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def clear(self):
        for k in list(self):
            del self[k]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % item for item in self.items())


_Environ.__module__ = 'os'
environ = _Environ(_posix.environ)


def _env_arg(value):
    if isinstance(value, str):
        if '\0' in value:
            raise ValueError('embedded null byte')
        return value
    if isinstance(value, bytes):
        return _env_arg(value.decode('utf-8', 'surrogateescape'))
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(value).__name__)


def putenv(name, value):
    name = _env_arg(name)
    value = _env_arg(value)
    if not name:
        raise OSError(22, 'Invalid argument')
    if '=' in name:
        raise ValueError('illegal environment variable name')
    _posix.environ[name] = value


def unsetenv(name):
    name = _env_arg(name)
    if not name or '=' in name:
        raise OSError(22, 'Invalid argument')
    _posix.environ.pop(name, None)


def getenv(key, default=None):
    return environ.get(key, default)


# --- paths ---

def fspath(path):
    """The str or bytes a path stands for; other objects answer through __fspath__."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    method = getattr(kind, '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + kind.__name__)
    answer = method(path)
    if not isinstance(answer, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (kind.__name__, type(answer).__name__))
    return answer


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__') or NotImplemented
        return NotImplemented

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


# --- stat ---

class stat_result(tuple):
    """os.stat_result: the result of stat(), a 10-tuple with more named fields."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')
    # the integer times at 7-9 are unnamed in CPython, so patterns match the first seven only
    __match_args__ = _fields[:7]
    _extra_fields = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
                     'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence given)' % len(items))
        if len(items) > 19:
            raise TypeError('os.stat_result() takes an at most 19-sequence (%d-sequence given)' % len(items))
        self = tuple.__new__(cls, items[:10])
        extra = list(items[10:] + (None,) * (19 - len(items)))
        if dict:
            for i, name in enumerate(cls._extra_fields):
                if i >= len(items) - 10 and name in dict:
                    extra[i] = dict[name]
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self))

    def __reduce__(self):
        return (stat_result, (tuple(self), {name: getattr(self, name) for name in self._extra_fields}))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0] if self._extra[0] is not None else self[7])
    st_mtime = property(lambda self: self._extra[1] if self._extra[1] is not None else self[8])
    st_ctime = property(lambda self: self._extra[2] if self._extra[2] is not None else self[9])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])


stat_result.__module__ = 'os'


def _stat_result(raw):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, rdev = raw
    secs = []
    floats = []
    for ns in (atime_ns, mtime_ns, ctime_ns):
        s, n = divmod(ns, 1000000000)
        secs.append(s)
        floats.append(s + n * 1e-9)
    return stat_result((mode, ino, dev, nlink, uid, gid, size, *secs, *floats,
                        atime_ns, mtime_ns, ctime_ns, 4096, (size + 511) // 512, rdev))


def _check_path(fn, p, allow_fd=True):
    if isinstance(p, (str, bytes)) or hasattr(type(p), '__fspath__') or (allow_fd and isinstance(p, int)):
        return
    raise TypeError('%s: path should be string, bytes, os.PathLike%s, not %s'
                    % (fn, ' or integer' if allow_fd else '', type(p).__name__))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _check_path('stat', path)
    if isinstance(path, int):
        return _stat_result(_posix.fstat(path))
    return _stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    _check_path('lstat', path, False)
    return _stat_result(_posix.lstat(path))


def fstat(fd):
    return _stat_result(_posix.fstat(fd))


# --- directories ---

class DirEntry:
    """An entry yielded by scandir(): its name, path and cached file type."""

    __slots__ = ('name', 'path', '_kind', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name, kind):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._stat = None
        self._lstat = None
        return self

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def __fspath__(self):
        return self.path

    def is_symlink(self):
        return self._kind == 'l'

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o040000
            except FileNotFoundError:
                return False
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            try:
                return self.stat().st_mode & 0o170000 == 0o100000
            except FileNotFoundError:
                return False
        return self._kind == 'f'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


DirEntry.__module__ = 'posix'


class ScandirIterator:
    """The iterator scandir() returns; also a context manager that closes it."""

    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        return next(self._entries)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


ScandirIterator.__module__ = 'posix'


def scandir(path='.'):
    if path is None:
        path = '.'
    _check_path('scandir', path, False)
    directory = fspath(path)
    as_bytes = isinstance(directory, bytes)
    return ScandirIterator([DirEntry._make(directory, fsencode(name) if as_bytes else name, kind)
                            for name, kind in _posix._scandir(directory)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    return _walk_tree(fspath(top), topdown, onerror, followlinks)


def _entry_test(entry, question):
    # A DirEntry that cannot be examined (vanished, no permission) answers "no".
    try:
        return question(entry)
    except OSError:
        return False


def _walk_tree(top, topdown, onerror, followlinks):
    # The audit event belongs to the walk() call only, so recursion stays in here.
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, files, later = [], [], []
    for entry in entries:
        if not _entry_test(entry, DirEntry.is_dir):
            files.append(entry.name)
            continue
        dirs.append(entry.name)
        # Bottom-up walks decide now; top-down ones look at `dirs` after the
        # caller had the chance to prune it.
        if not topdown and (followlinks or not _entry_test(entry, DirEntry.is_symlink)):
            later.append(entry.path)
    if not topdown:
        for child in later:
            yield from _walk_tree(child, topdown, onerror, followlinks)
        yield top, dirs, files
        return
    yield top, dirs, files
    for name in dirs:
        child = path.join(top, name)
        if followlinks or not path.islink(child):
            yield from _walk_tree(child, topdown, onerror, followlinks)


def _parent_and_last(name):
    """`name` split before its last component, a trailing separator ignored."""
    parent, last = path.split(name)
    if last:
        return parent, last
    return path.split(parent)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir that first creates any missing parent directories."""
    parent, last = _parent_and_last(name)
    if parent and last and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass  # someone else made it meanwhile: just as good
        dot = curdir.encode('ascii') if isinstance(last, bytes) else curdir
        if last == dot:
            return  # "x/." names the parent just created
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def removedirs(name):
    """rmdir `name`, then its parents upwards for as long as they are empty."""
    rmdir(name)
    parent, last = _parent_and_last(name)
    while parent and last:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, last = path.split(parent)


def renames(old, new):
    """rename that creates the new parents and prunes the old ones left empty."""
    new_parent, new_last = path.split(new)
    if new_parent and new_last and not path.exists(new_parent):
        makedirs(new_parent)
    rename(old, new)
    old_parent, old_last = path.split(old)
    if not (old_parent and old_last):
        return
    try:
        removedirs(old_parent)
    except OSError:
        pass


def get_terminal_size(fd=1):
    columns = int(environ.get('COLUMNS', 80))
    lines = int(environ.get('LINES', 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    """os.terminal_size: (columns, lines)."""

    def __new__(cls, sequence):
        return tuple.__new__(cls, sequence)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)


terminal_size.__module__ = 'os'
