"""Object-oriented filesystem paths: Taipan's own pathlib.

A pure path is a parsed, normalised tuple of parts (drive, root, names) that never touches
the filesystem; Path adds the operations that do, each delegating to the os module.  The
posix flavour is complete; the Windows flavour parses drives and compares case-insensitively
but cannot be instantiated as a concrete path here.
"""

import fnmatch
import os
import re
import sys
from collections.abc import Sequence

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


class _PosixFlavour(object):
    sep = '/'
    altsep = ''
    case_sensitive = True

    def split_anchor(self, text):
        """(drive, root, rest) of one path argument."""
        if text.startswith('/'):
            if text.startswith('//') and not text.startswith('///'):
                return '', '//', text[2:]
            return '', '/', text.lstrip('/')
        return '', '', text

    def casefold(self, text):
        return text


class _WindowsFlavour(object):
    sep = '\\'
    altsep = '/'
    case_sensitive = False

    def split_anchor(self, text):
        text = text.replace('/', '\\')
        drive = ''
        if len(text) >= 2 and text[1] == ':' and text[0].isalpha():
            drive, text = text[:2], text[2:]
        elif text.startswith('\\\\') and not text.startswith('\\\\\\'):
            pieces = text[2:].split('\\', 2)
            if len(pieces) >= 2 and pieces[0] and pieces[1]:
                drive = '\\\\' + pieces[0] + '\\' + pieces[1]
                text = text[len(drive):]
        root = ''
        if text.startswith('\\'):
            root = '\\'
            text = text.lstrip('\\')
        return drive, root, text

    def casefold(self, text):
        return text.lower()


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote_from_bytes(data):
    """Percent-encodes every byte outside the URI unreserved set and '/'."""
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)


def _glob_regex(pattern):
    """A regular expression for one glob segment: *, ?, [seq] and [!seq] (fnmatch's rules)."""
    return fnmatch.translate(pattern)


class _Parents(Sequence):
    """The ancestors of a path, nearest first: path.parents."""

    def __init__(self, path):
        self._path = path
        self._ancestors = []
        current = path
        while True:
            parent = current.parent
            if parent == current and parent._parts == current._parts:
                break
            self._ancestors.append(parent)
            current = parent

    def __len__(self):
        return len(self._ancestors)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self._ancestors[i] for i in range(*index.indices(len(self))))
        if index >= len(self) or index < -len(self):
            raise IndexError(index)
        return self._ancestors[index]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath(object):
    """A parsed path; PurePath(...) makes the flavour of this system."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (type(self), tuple(self._all_parts()))

    @classmethod
    def _from_args(cls, args):
        flavour = cls._flavour
        drv, root, names = '', '', []
        for arg in args:
            if isinstance(arg, PurePath):
                text = str(arg) if arg._flavour is flavour else arg.as_posix()
            else:
                text = os.fspath(arg)
                if isinstance(text, bytes):
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % type(text))
                if not isinstance(text, str):
                    raise TypeError('argument should be a str object or an os.PathLike '
                                    'object returning str, not %r' % type(text))
            d, r, rest = flavour.split_anchor(text)
            if r:
                drv, root, names = (d or drv), r, []
            elif d and d != drv:
                drv, root, names = d, '', []
            sep = flavour.sep
            for name in rest.split(sep):
                if name and name != '.':
                    names.append(name)
        return cls._from_parsed(drv, root, names)

    @classmethod
    def _from_parsed(cls, drv, root, names):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = tuple(names)
        self._str = None
        self._hash = None
        return self

    def _make(self, drv, root, names):
        return type(self)._from_parsed(drv, root, names)

    def _all_parts(self):
        anchor = self._drv + self._root
        return ([anchor] if anchor else []) + list(self._parts)

    def __str__(self):
        if self._str is None:
            body = self._flavour.sep.join(self._parts)
            text = self._drv + self._root + body
            self._str = text or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_posix(self):
        return str(self).replace(self._flavour.sep, '/')

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._flavour is _windows_flavour:
            drv = self._drv
            if len(drv) == 2 and drv[1] == ':':
                return 'file:///' + drv + _quote_from_bytes(self.as_posix()[2:].encode('utf-8'))
            return 'file:' + _quote_from_bytes(self.as_posix().encode('utf-8'))
        return 'file://' + _quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        if self._flavour.case_sensitive:
            return str(self)
        return str(self).lower()

    def _key_parts(self):
        return [self._flavour.casefold(p) for p in self._all_parts()]

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key() and self._flavour is other._flavour

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def _compare(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return None
        return self._key_parts(), other._key_parts()

    def __lt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        return tuple(self._all_parts())

    @property
    def name(self):
        if not self._parts:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        drv, root, rest = self._flavour.split_anchor(name)
        if (not name or drv or root or self._flavour.sep in rest
                or (self._flavour.altsep and self._flavour.altsep in name)
                or name == '.'):
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._drv, self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        flavour = self._flavour
        if flavour.sep in suffix or flavour.altsep and flavour.altsep in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._make(self._drv, self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        mine = self._key_parts()
        theirs = base._key_parts()
        if (base.anchor and self._flavour.casefold(base.anchor)
                != self._flavour.casefold(self.anchor)) or mine[:len(theirs)] != theirs \
                or (not base.anchor and self.anchor):
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative '
                             'and the other is absolute.'.format(str(self), str(base)))
        count = len(theirs)
        rest = self._all_parts()[count:]
        return self._make('', '', rest)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        if self._flavour is _windows_flavour:
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        if self._flavour is _posix_flavour or not self._parts:
            return False
        stem = self._parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return stem.upper() in ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                                | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                                | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        pattern_parts = pattern._all_parts()
        if not pattern_parts:
            raise ValueError('empty pattern')
        parts = self._all_parts()
        if pattern.anchor:
            if len(parts) != len(pattern_parts):
                return False
        elif len(pattern_parts) > len(parts):
            return False
        flags = 0 if self._flavour.case_sensitive else re.IGNORECASE
        for part, pat in zip(reversed(parts), reversed(pattern_parts)):
            if not re.match(_glob_regex(pat), part, flags):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with '/' separators."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with drives and '\\' separators, compared case-insensitively."""
    _flavour = _windows_flavour
    __slots__ = ()


class Path(PurePath):
    """A concrete path: a PurePath plus the filesystem operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_args(args)
        if self._flavour is not _posix_flavour:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(str(self))
        return type(self)(os.path.realpath(str(self.absolute())))

    def expanduser(self):
        if not self._drv and not self._root and self._parts and self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def _mode_is(self, file_type, follow=True):
        # file_type: the S_IFMT bits of st_mode (0o040000 directory, 0o100000 regular
        # file, 0o120000 symbolic link)
        try:
            mode = (self.stat() if follow else self.lstat()).st_mode
        except (OSError, ValueError):
            return False
        return mode & 0o170000 == file_type

    def is_dir(self):
        return self._mode_is(0o040000)

    def is_file(self):
        return self._mode_is(0o100000)

    def is_symlink(self):
        return self._mode_is(0o120000, follow=False)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        other = other_path.stat() if hasattr(other_path, 'stat') else os.stat(other_path)
        mine = self.stat()
        return mine.st_ino == other.st_ino and mine.st_dev == other.st_dev

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make_child(name)

    def _make_child(self, name):
        return self._make(self._drv, self._root, self._parts + (name,))

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        pieces = PurePosixPath(pattern)
        if pieces.anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pieces.parts)
        if pattern.endswith('/'):
            parts.append('')
        seen = set()
        for path in self._glob_parts(self, parts):
            key = str(path)
            if key not in seen:
                seen.add(key)
                yield path

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def _glob_parts(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == '':
            if base.is_dir():
                yield base
            return
        if head == '**':
            for directory in self._walk_dirs(base):
                yield from self._glob_parts(directory, rest)
            return
        if not any(c in head for c in '*?['):
            child = base._make_child(head)
            if rest:
                if child.is_dir():
                    yield from self._glob_parts(child, rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        regex = re.compile(_glob_regex(head))
        for name in names:
            if regex.match(name):
                child = base._make_child(name)
                if rest:
                    if child.is_dir():
                        yield from self._glob_parts(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._make_child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), target)
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, str(self), target_is_directory)

    def hardlink_to(self, target):
        os.link(target, str(self))


class PosixPath(Path, PurePosixPath):
    """A concrete path on a posix system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path: cannot be made on this system."""
    __slots__ = ()
