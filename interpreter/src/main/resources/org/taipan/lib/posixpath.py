"""Pathname operations on POSIX paths (Taipan's own implementation; os.path)."""

import posix as _posix

__all__ = ['abspath', 'basename', 'commonprefix', 'dirname', 'exists', 'expanduser',
           'getsize', 'isabs', 'isdir', 'isfile', 'islink', 'join', 'normcase', 'normpath',
           'realpath', 'relpath', 'split', 'splitext', 'sep', 'curdir', 'pardir', 'extsep',
           'pathsep', 'altsep', 'devnull']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return fspath(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        if not isinstance(b, str):
            if not hasattr(type(b), '__fspath__'):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'" % type(b).__name__)
            b = _fspath(b)
            if not isinstance(b, str):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'" % type(b).__name__)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
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
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return _posix._realpath(_fspath(filename))


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    home = _posix.environ.get('HOME', '/')
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
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
    return _posix._getsize(_fspath(filename))
