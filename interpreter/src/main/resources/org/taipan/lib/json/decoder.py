"""JSONDecoder and JSONDecodeError. The parsing is done by _json's scanner (Java)."""

from json import scanner
from _json import scanstring as c_scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
WHITESPACE_STR = ' \t\n\r'

# What the non-standard constants decode to unless parse_constant says otherwise.
_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}

scanstring = c_scanstring


class JSONDecodeError(ValueError):
    """Malformed JSON. Besides the message it carries where the problem is.

    msg is the bare message, doc the text being parsed, pos the offending
    index in it, lineno and colno the same position counted from 1.
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - line_start + 1
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        # Rebuilt from the three constructor arguments when unpickled.
        return (type(self), (self.msg, self.doc, self.pos))


def _after_blanks(text, at):
    """The first index at or after `at` that is not JSON whitespace."""
    end = len(text)
    while at < end and text[at] in WHITESPACE_STR:
        at += 1
    return at


class JSONDecoder(object):
    """Turns JSON text into Python values.

    object -> dict, array -> list, string -> str, number -> int or float,
    true/false/null -> True/False/None. The hooks change that: object_hook
    gets each decoded dict, object_pairs_hook each object's list of pairs
    (and wins over object_hook), parse_int / parse_float the text of each
    number, parse_constant the text 'NaN', 'Infinity' or '-Infinity'.
    strict=False lets control characters appear inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = float if not parse_float else parse_float
        self.parse_int = int if not parse_int else parse_int
        self.parse_constant = _CONSTANTS.__getitem__ if not parse_constant else parse_constant
        self.strict = strict
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The value of the JSON document s; only whitespace may surround it."""
        value, end = self.raw_decode(s, idx=_after_blanks(s, 0))
        end = _after_blanks(s, end)
        if end < len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return it and the index just past it."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None
