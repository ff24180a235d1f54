"""Temporary files and directories: Taipan's own tempfile.

Names are the prefix, eight random characters and the suffix; files are created with
O_EXCL so two callers never get the same one, retrying on a clash.
"""

import io as _io
import os as _os
import sys as _sys
import random as _random
import weakref as _weakref
import types as _types

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return ''.join(_rng.choice(_NAME_CHARS) for _ in range(8))


def _candidate_dirs():
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.environ.get(name)
        if value:
            yield value
    for value in ('/tmp', '/var/tmp', '/usr/tmp'):
        yield value
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _find_tempdir():
    for directory in _candidate_dirs():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            name = _os.path.join(directory, _random_name())
            try:
                fd = _os.open(name, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                    _os.unlink(name)
                return directory
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                            % list(_candidate_dirs()))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    return _create_file(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL)


def _create_file(dir, prefix, suffix, flags):
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(name, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(name)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(name)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(name):
            return name
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object that knows its name and removes the file when closed (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed_and_removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._remove()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def _remove(self):
        if self.delete and not self._closed_and_removed:
            self._closed_and_removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    fd, name = _create_file(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    # the wrapper reports the path, as CPython's does, not the descriptor number
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    fd, name = _create_file(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL)
    try:
        _os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """Kept in memory until it grows past max_size (or fileno() is asked for)."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        self._args = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                      'prefix': prefix, 'encoding': encoding, 'newline': newline,
                      'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        old = self._file
        new = self._file = TemporaryFile(**self._args)
        del self._args
        pos = old.tell()
        if hasattr(new, 'buffer'):
            new.buffer.write(old.getvalue().encode(new.encoding or 'utf-8'))
        else:
            new.write(old.getvalue())
        new.seek(pos, 0)
        self._rolled = True

    # Writing may push the buffer past max_size, so both writers re-check.
    def write(self, s):
        written = self._file.write(s)
        self._check(self._file)
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._check(self._file)
        return result

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        if size is None:
            self._file.truncate()
        else:
            self._file.truncate(size)

    def fileno(self):
        # A real descriptor only exists once the data is on disk.
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        if hasattr(self._file, 'mode'):
            return self._file.mode
        return self._args['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    @property
    def closed(self):
        return self._file.closed

    # Everything else is passed straight to the underlying file.
    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def close(self):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()


def _remove_tree(path, ignore_errors=False):
    for name in _os.listdir(path):
        full = _os.path.join(path, name)
        try:
            is_dir = _os.path.isdir(full) and not _os.path.islink(full)
        except OSError:
            is_dir = False
        try:
            if is_dir:
                _remove_tree(full, ignore_errors)
            else:
                _os.unlink(full)
        except OSError:
            if not ignore_errors:
                raise
    try:
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A directory removed with everything in it by cleanup() or at the end of a with."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(self, self._cleanup, self.name,
                                            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _cleanup(cls, name, ignore_errors=False):
        _remove_tree(name, ignore_errors)

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
