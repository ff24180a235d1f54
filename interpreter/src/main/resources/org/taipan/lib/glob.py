"""Filename globbing: glob, iglob, escape and has_magic (Taipan's own).

A pattern is split at its separators; each component with magic characters (* ? [) is matched
by fnmatch against a directory listing. Names starting with '.' are matched only by components
starting with '.' unless include_hidden is set; with recursive=True, '**' matches any files
and zero or more directories. Results come in directory-listing order.
"""

import fnmatch
import os
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # a leading '**' would first yield the empty path of the start directory itself
        try:
            first = next(results)
            if first:
                results = _chain(first, results)
        except StopIteration:
            pass
    return results


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            in_dir = _glob_recursive
        else:
            in_dir = _glob_pattern
    else:
        in_dir = _glob_literal
    for directory in dirs:
        for name in in_dir(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _list_dir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _walk_names(dirname, dironly, include_hidden):
    for name in _list_dir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for sub in _walk_names(path, dironly, include_hidden):
                yield os.path.join(name, sub)


def _list_dir(dirname, dironly):
    """The names in a directory (only subdirectories when dironly); nothing on errors."""
    try:
        if not dirname:
            dirname = os.curdir if isinstance(dirname, str) else bytes(os.curdir, 'ASCII')
        with os.scandir(dirname) as it:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(os.fsencode(entry.name) if isinstance(dirname, bytes) else entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _lexists(pathname):
    return os.path.lexists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s contains a glob wildcard (* ? or [)."""
    if isinstance(s, bytes):
        return any(c in s for c in (b'*', b'?', b'['))
    return any(c in s for c in '*?[')


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escape the wildcards of pathname, so that it matches only itself."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in pathname)
    else:
        out = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + out


def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, False, False)


