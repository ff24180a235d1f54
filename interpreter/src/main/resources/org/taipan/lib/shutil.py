"""High-level file operations: Taipan's own shutil.

Copies go through open files in chunks; trees are walked with os.listdir; the errors are the
OSErrors the os module raises, plus SameFileError and Error (a list of per-file failures).
"""

import os
import sys
from collections import namedtuple as _namedtuple

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'ignore_patterns',
           'which', 'get_terminal_size', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a named pipe or other special file."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _islink(path):
    try:
        return os.path.islink(path)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    sys.audit('shutil.copyfile', src, dst)
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    sys.audit('shutil.copymode', src, dst)
    if not follow_symlinks and _islink(src) and _islink(dst):
        return
    mode = os.stat(src).st_mode & 0o7777
    os.chmod(dst, mode)


def copystat(src, dst, *, follow_symlinks=True):
    sys.audit('shutil.copystat', src, dst)
    if not follow_symlinks and _islink(src) and _islink(dst):
        return
    st = os.stat(src)
    # seconds rather than ns=: Taipan's os.utime does not honour ns= yet
    os.utime(dst, (st.st_atime, st.st_mtime))
    try:
        os.chmod(dst, st.st_mode & 0o7777)
    except NotImplementedError:
        pass


def _copy_then(metadata, src, dst, follow_symlinks):
    """Copy the data (into dst itself, or into it as a directory), then the metadata."""
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow_symlinks)
    metadata(src, target, follow_symlinks=follow_symlinks)
    return target


def copy(src, dst, *, follow_symlinks=True):
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    return _copy_then(copystat, src, dst, follow_symlinks)


def _pattern_regex(pattern):
    # shell-style: *, ?, [seq], [!seq], with fnmatch's rules
    import fnmatch
    import re
    return re.compile(fnmatch.translate(pattern))


def ignore_patterns(*patterns):
    """A copytree `ignore` callable skipping names that match any of the glob patterns."""
    regexes = [_pattern_regex(p) for p in patterns]

    def _ignore_patterns(path, names):
        return set(name for name in names if any(r.match(name) for r in regexes))
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    sys.audit('shutil.copytree', src, dst)
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if _islink(srcname) and symlinks:
                os.symlink(os.readlink(srcname), dstname)
                copystat(srcname, dstname, follow_symlinks=False)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            elif _islink(srcname) and not os.path.exists(srcname):
                if ignore_dangling_symlinks:
                    continue
                copy_function(srcname, dstname)
            else:
                copy_function(srcname, dstname)
        except Error as nested:
            # a failing sub-copytree reports its own list of failures
            errors += nested.args[0]
        except OSError as exc:
            errors.append((srcname, dstname, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        errors.append((src, dst, str(exc)))
    if not errors:
        return dst
    raise Error(errors)


def _remove_tree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not _islink(full):
            _remove_tree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _ignore_error(function, path, exc_info):
    return None


def _reraise_error(function, path, exc_info):
    raise    # called from the except clause that caught the error


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    sys.audit('shutil.rmtree', path, dir_fd)
    if ignore_errors:
        onerror = _ignore_error
    elif onerror is None:
        onerror = _reraise_error
    try:
        if _islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        os.stat(path)
        if not os.path.isdir(path):
            os.listdir(path)
    except OSError:
        onerror(os.lstat if not os.path.exists(path) else os.open, path, sys.exc_info())
        return
    _remove_tree(path, onerror)


def _basename(path):
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def _destinsrc(src, dst):
    """Whether dst lies inside (or is) the directory src."""
    def as_dir(path):
        path = os.path.abspath(path)
        return path if path.endswith(os.path.sep) else path + os.path.sep
    return as_dir(dst).startswith(as_dir(src))


def move(src, dst, copy_function=copy2):
    sys.audit('shutil.move', src, dst)
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # only the case of the name changes (case-insensitive file systems)
            os.rename(src, dst)
            return None
        target = os.path.join(dst, _basename(os.fspath(src)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # rename failed (e.g. another file system): copy, then delete the source
    if _islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif not os.path.isdir(src):
        copy_function(src, target)
        os.unlink(src)
    elif _destinsrc(src, dst):
        raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
    else:
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    return target


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    def usable(name):
        return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)

    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in os.fspath(path).split(os.pathsep):
        normdir = os.path.normcase(directory)
        if normdir in seen:
            continue
        seen.add(normdir)
        name = os.path.join(directory, cmd)
        if usable(name):
            return name
    return None


terminal_size = os.terminal_size if hasattr(os, 'terminal_size') else \
    _namedtuple('terminal_size', 'columns lines')


def _positive_env(name):
    """The integer in environment variable name, or 0 when unset or not a number."""
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    columns, lines = (_positive_env(name) for name in ('COLUMNS', 'LINES'))
    if columns <= 0 or lines <= 0:
        try:
            fd = sys.__stdout__.fileno()
            # a pipe or file has no size: fall back, as on a failing ioctl
            if not os.isatty(fd):
                raise OSError('not a terminal')
            size = os.get_terminal_size(fd)
        except (AttributeError, ValueError, OSError):
            size = terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return terminal_size((columns, lines))
