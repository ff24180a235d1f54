"""Cache of source lines, read through posix._read_source (Taipan's own implementation)."""

import posix as _posix

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines', 'updatecache']

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (Taipan: entries never go stale)."""
    if filename is None:
        return
    cache.pop(filename, None) if filename in cache and len(cache[filename]) == 1 else None


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _posix._read_source(filename)
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = len(text), None, lines, filename
    return lines


def lazycache(filename, module_globals):
    return False
