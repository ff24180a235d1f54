"""Pathname operations on POSIX paths (Taipan's own implementation; os.path)."""

import posix as _posix

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'dirname', 'exists',
           'expanduser', 'expandvars', 'getatime', 'getctime', 'getmtime', 'getsize', 'isabs',
           'isdir', 'isfile', 'islink', 'ismount', 'join', 'lexists', 'normcase', 'normpath',
           'realpath', 'relpath', 'samefile', 'sameopenfile', 'samestat', 'split', 'splitdrive',
           'splitext', 'sep', 'curdir', 'pardir', 'extsep', 'pathsep', 'altsep', 'devnull',
           'defpath', 'supports_unicode_filenames']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return fspath(p)


def _stat(p):
    import os
    return os.stat(p)


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def normcase(s):
    return _fspath(s)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Glue path pieces with '/'; a piece starting with '/' restarts the result."""
    result = _fspath(a)
    slash = _sep(result)
    for piece in p:
        if not isinstance(piece, (str, bytes)):
            if not hasattr(type(piece), '__fspath__'):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                                % type(piece).__name__)
            piece = _fspath(piece)
        if type(piece) is not type(result):
            raise TypeError("Can't mix strings and bytes in path components") from None
        if piece.startswith(slash):
            result = piece
            continue
        needs_slash = bool(result) and not result.endswith(slash)
        result = result + slash + piece if needs_slash else result + piece
    return result


def split(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    dot = b'.' if isinstance(p, bytes) else '.'
    sep_index = p.rfind(_sep(p))
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return normpath(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if not path:
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        path = join(cwd.encode() if isinstance(path, bytes) else cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    if isinstance(filename, bytes):
        return _posix._realpath(filename.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    return _posix._realpath(filename)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    is_bytes = isinstance(path, bytes)
    cur = b'.' if is_bytes else '.'
    par = b'..' if is_bytes else '..'
    start = cur if start is None else _fspath(start)
    sep = _sep(path)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [par] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return cur
    return join(*rel_list)


def _home_of(user):
    """A user's home directory from /etc/passwd (no pwd module here), or None."""
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        text = path.decode('utf-8', 'surrogateescape')
        return expanduser(text).encode('utf-8', 'surrogateescape')
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _posix.environ.get('HOME')
        if home is None:
            home = _home_of(_posix.environ.get('USER', '')) or '/'
    else:
        home = _home_of(path[1:i])
        if home is None:
            return path
    return (home.rstrip('/') or '/') + path[i:]


def exists(path):
    try:
        return _posix._exists(_fspath(path))
    except TypeError:
        return False


def isfile(path):
    return _posix._isfile(_fspath(path))


def isdir(s):
    return _posix._isdir(_fspath(s))


def islink(path):
    return _posix._islink(_fspath(path))


def getsize(filename):
    return _stat(filename).st_size


def lexists(path):
    try:
        return _posix._lexists(_fspath(path))
    except (TypeError, ValueError):
        return False


def getmtime(filename):
    return _stat(filename).st_mtime


def getatime(filename):
    return _stat(filename).st_atime


def getctime(filename):
    return _stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_stat(f1), _stat(f2))


def sameopenfile(fp1, fp2):
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    path = _fspath(path)
    if not isdir(path) or islink(path):
        return False
    return normpath(abspath(path)) == '/' or _stat(path).st_dev != _stat(join(path, '..')).st_dev


def commonpath(paths):
    """The longest sub-path shared, component by component, by every path given."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [_fspath(item) for item in paths]
    kinds = {isinstance(item, bytes) for item in paths}
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
    slash = _sep(paths[0])
    dot = b'.' if isinstance(paths[0], bytes) else '.'
    absolute = {item.startswith(slash) for item in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths") from None
    pieces = [[part for part in item.split(slash) if part and part != dot] for item in paths]
    # Comparing only the smallest and largest lists suffices: whatever both share
    # as a prefix, every list sorted between them shares as well.
    lowest, highest = min(pieces), max(pieces)
    shared = 0
    while shared < len(lowest) and lowest[shared] == highest[shared]:
        shared += 1
    lead = slash if absolute.pop() else slash[:0]
    return lead + slash.join(lowest[:shared])


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if '$' not in path:
        return path
    environ = _posix.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            name = path[i + 2:end] if end >= 0 else ''
            if end < 0 or not name or not all(ch.isalnum() or ch == '_' for ch in name):
                out.append(c)
                i += 1
                continue
            whole = path[i:end + 1]
            i = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            whole = path[i:j]
            i = j
        out.append(environ[name] if name in environ else whole)
    return ''.join(out)
