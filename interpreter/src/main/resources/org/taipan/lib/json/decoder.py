"""JSON decoding: JSONDecoder and JSONDecodeError (the parsing itself is _json's scanner)."""

from json import scanner
from _json import scanstring as c_scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
WHITESPACE_STR = ' \t\n\r'
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

scanstring = c_scanstring


class JSONDecodeError(ValueError):
    """A ValueError that also says where in the document decoding failed.

    msg: the unformatted message; doc: the document; pos: the index where parsing failed;
    lineno and colno: that position as line and column (both from 1).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_whitespace(s, i):
    n = len(s)
    while i < n and s[i] in WHITESPACE_STR:
        i += 1
    return i


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts (or what object_hook / object_pairs_hook make of them), arrays
    lists, strings str, numbers int or float (or what parse_int / parse_float make of their
    text), true/false/null True/False/None; NaN, Infinity and -Infinity go to parse_constant.
    With strict=False, control characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of the JSON document ``s`` (a str)."""
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document at the start of ``s`` (from ``idx``); return
        ``(value, index where it ended)``, ignoring whatever follows."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
