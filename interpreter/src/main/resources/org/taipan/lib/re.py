"""Regular expressions with Python's syntax and CPython 3.11's behaviour.

The engine (parser, compiler, backtracking matcher, and the findall/sub/split loops) is the
built-in module _sre written in Java; this module is the public API around it: the flags, the
compile cache, and the Pattern and Match types.
"""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name in _FLAG_ORDER:
            bit = _FLAG_VALUES[name]
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__


_FLAG_ORDER = ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL', 'VERBOSE',
               'TEMPLATE', 'DEBUG')
_FLAG_VALUES = {'ASCII': 256, 'IGNORECASE': 2, 'LOCALE': 4, 'UNICODE': 32, 'MULTILINE': 8,
                'DOTALL': 16, 'VERBOSE': 64, 'TEMPLATE': 1, 'DEBUG': 128}
# The order in which a Pattern's repr names its flags.
_PATTERN_FLAG_ORDER = ('TEMPLATE', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'UNICODE',
                       'VERBOSE', 'DEBUG', 'ASCII')

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """A pattern or template that cannot be compiled; msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


def _flag_repr(flags, is_str):
    names = []
    if is_str and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
        flags &= ~UNICODE
    for name in _PATTERN_FLAG_ORDER:
        bit = _FLAG_VALUES[name]
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __slots__ = ('_code', '_pattern', '_flags', '_groups', '_groupindex', '_templates')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _MappingProxy(self._groupindex)

    def __repr__(self):
        text = repr(self._pattern)[:200]
        flags = _flag_repr(self._flags, isinstance(self._pattern, str))
        if flags:
            return 're.compile(%s, %s)' % (text, flags)
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _run(self, string, pos, endpos, mode):
        marks = _sre.search(self._code, string, pos, endpos, mode, False)
        if marks is None:
            return None
        return _make_match(self, string, pos, endpos, marks)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _iterate(self.scanner(string, pos, endpos).search)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            _sre.subject_length(self._code, string)
            return [string[:]] if isinstance(string, (str, bytes)) else [bytes(string)]
        return _sre.split(self._code, string, maxsplit)

    def _template(self, repl):
        templates = self._templates
        if templates is None:
            templates = self._templates = {}
        t = templates.get(repl)
        if t is None:
            if len(templates) > 100:
                templates.clear()
            t = templates[repl] = _sre.template(self._code, repl, error)
        return t

    def subn(self, repl, string, count=0):
        if callable(repl):
            return self._subcall(repl, string, count)
        if not isinstance(repl, (str, bytes, bytearray, memoryview)):
            raise TypeError('decoding to str: need a bytes-like object, %s found'
                            % type(repl).__name__)
        if isinstance(self._pattern, str):
            if not isinstance(repl, str):
                raise TypeError('sequence item 0: expected str instance, %s found'
                                % type(repl).__name__)
        elif isinstance(repl, str):
            raise TypeError('sequence item 0: expected a bytes-like object, str found')
        elif not isinstance(repl, bytes):
            repl = bytes(repl)
        return _sre.sub(self._code, self._template(repl), string, count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _subcall(self, repl, string, count):
        n = _sre.subject_length(self._code, string)
        parts = []
        last = 0
        pos = 0
        done = 0
        must_advance = False
        code = self._code
        while pos <= n and (count == 0 or done < count):
            marks = _sre.search(code, string, pos, n, 2, must_advance)
            if marks is None:
                break
            start = marks[1]
            end = marks[2]
            parts.append(string[last:start])
            piece = repl(_make_match(self, string, 0, _MAXSIZE, marks))
            if piece is not None:
                parts.append(piece)
            last = end
            done += 1
            must_advance = start == end
            pos = end
        parts.append(string[last:])
        empty = '' if isinstance(self._pattern, str) else b''
        return empty.join(parts), done


class SRE_Scanner:
    """Successive matches over one string (Pattern.scanner; drives finditer)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        n = _sre.subject_length(pattern._code, string)
        self._pos = min(max(pos, 0), n)
        self._endpos = min(max(endpos, 0), n)
        self._first_pos = pos
        self._first_endpos = endpos
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done or self._pos > self._endpos:
            return None
        marks = _sre.search(self.pattern._code, self._string, self._pos, self._endpos, mode,
                            self._must_advance)
        if marks is None:
            self._done = True
            return None
        start = marks[1]
        end = marks[2]
        self._must_advance = start == end
        self._pos = end
        return _make_match(self.pattern, self._string, self._first_pos, self._first_endpos, marks)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


SRE_Scanner.__module__ = '_sre'


def _iterate(search):
    while True:
        m = search()
        if m is None:
            return
        yield m


class _MappingProxy:
    pass


try:
    import types as _types
    _MappingProxy = _types.MappingProxyType
except Exception:
    _MappingProxy = dict


def _make_match(pattern, string, pos, endpos, marks):
    m = object.__new__(Match)
    m._pattern = pattern
    m._string = string
    m._marks = marks
    n = len(string)
    m._pos = min(max(pos, 0), n)
    m._endpos = min(max(endpos, 0), n)
    return m


class Match:
    """The result of a successful match."""

    __slots__ = ('_pattern', '_string', '_marks', '_pos', '_endpos')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def re(self):
        return self._pattern

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        return self._marks[0]

    @property
    def lastgroup(self):
        index = self._marks[0]
        if index is None:
            return None
        for name, number in self._pattern._groupindex.items():
            if number == index:
                return name
        return None

    @property
    def regs(self):
        marks = self._marks
        return tuple((marks[2 * g + 1], marks[2 * g + 2]) for g in range(self._pattern._groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self._pattern._groups:
                return group
        elif isinstance(group, str):
            index = self._pattern._groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(type(group), '__index__') and not isinstance(group, bool):
            g = group.__index__()
            if 0 <= g <= self._pattern._groups:
                return g
        raise IndexError("no such group")

    def _get(self, index, default=None):
        marks = self._marks
        start = marks[2 * index + 1]
        if start < 0:
            return default
        return self._string[start:marks[2 * index + 2]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self._pattern._groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self._pattern._groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 2]

    def span(self, group=0):
        index = self._index(group)
        return (self._marks[2 * index + 1], self._marks[2 * index + 2])

    def expand(self, template):
        items = self._pattern._template(template)
        empty = template[:0]
        parts = []
        for k, item in enumerate(items):
            if k % 2 == 0:
                parts.append(item)
            else:
                value = self._get(item)
                if value is not None:
                    parts.append(value)
        return empty.join(parts)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._marks[1], self._marks[2], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---- module-level functions ------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    code, final_flags, groups, groupindex = _sre.compile(pattern, flags, error)
    p = object.__new__(Pattern)
    p._code = code
    p._pattern = pattern
    p._flags = final_flags
    p._groups = groups
    p._groupindex = groupindex
    p._templates = None
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {c: '\\' + chr(c) for c in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_SPECIAL).encode('latin1')


Pattern.__module__ = 're'
Match.__module__ = 're'
