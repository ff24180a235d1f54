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


Pattern = _sre.Pattern
Match = _sre.Match


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
    p = _sre.compile(pattern, flags, error, _warn)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def _warn(message):
    # Called by _sre.compile from _compile: level 4 is the code calling re.compile/re.match/...
    import warnings
    warnings.warn(message, FutureWarning, stacklevel=4)


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


_sre.set_reconstructor(_compile)


class Scanner:
    """A simple lexer: phrases (patterns) with actions, matched one after another (undocumented
    in CPython but part of its re module)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self.scanner = _sre.compile_scanner([phrase for phrase, action in lexicon], flags, error, _warn)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
