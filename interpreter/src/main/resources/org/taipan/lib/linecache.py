"""Source lines of Python files, cached (Taipan's own implementation).

An entry of `cache` is either (size, mtime, lines, fullname) for text read from a file, with
mtime None when the text came from a module's loader, or a 1-tuple holding a function that
will fetch the lines later (lazycache).  checkcache() drops entries whose file changed.
"""

import sys
import os
import posix as _posix

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines', 'updatecache']

cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, with its newline; '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file, reading it (or asking its module's loader) when not cached."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    return os.stat(path)


if not hasattr(os, 'stat'):
    class _SizeOnly:
        def __init__(self, size):
            self.st_size = size
            self.st_mtime = 0.0

    def _stat(path):
        if not _posix._isfile(path):
            raise FileNotFoundError(2, 'No such file or directory', path)
        return _SizeOnly(_posix._getsize(path))


def checkcache(filename=None):
    """Drops cached files (all, or `filename`) that changed size or time or disappeared."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue  # lazy entries have nothing to compare yet
        size, mtime, _, fullname = entry
        if mtime is None:
            continue  # text from a loader: no file to check
        try:
            st = _stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    """Reads the file again (searching sys.path for a relative name), caches and returns its lines."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    fullname = filename
    if filename.startswith('<taipan>/lib/'):
        # a module of the library inside Taipan: there is no file to stat, its text is in the jar
        text = _posix._read_source(filename)
        if text is None:
            return []
        lines = [line + '\n' for line in text.splitlines()]
        cache[filename] = (len(text), None, lines, fullname)
        return lines
    try:
        st = _stat(fullname)
    except OSError:
        # not a file here: the module's loader may have the source, else look along sys.path
        if lazycache(filename, module_globals):
            try:
                text = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if text is None:
                    return []
                lines = [line + '\n' for line in text.splitlines()]
                cache[filename] = (len(text), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for directory in sys.path:
            try:
                fullname = os.path.join(directory, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = _stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        text = _posix._read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remembers how to fetch the source of a module that has no file (through its loader's
    get_source), without fetching it yet.  True when the file can now be looked up lazily."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) if spec is not None else None
    get_source = getattr(loader, 'get_source', None)
    if not name or not get_source:
        return False

    def fetch():
        return get_source(name)
    cache[filename] = (fetch,)
    return True
