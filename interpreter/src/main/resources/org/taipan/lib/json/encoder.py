"""JSONEncoder: Python values to JSON text.

encode() without indentation hands the whole value to _json's Java encoder.
iterencode() otherwise walks the value in Python, yielding the text piece by
piece; json.dump() writes each piece as it comes, so the way the text is cut
into pieces is kept identical to CPython's.
"""

from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring
from _json import make_encoder as c_make_encoder

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# Taipan has only the Java string quoters; the py_* names stay for compatibility.
encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii
py_encode_basestring = c_encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Turns dicts, lists, tuples, strs, ints, floats, bools and None into JSON.

    Anything else is passed to default(), which should return something that
    can be encoded (or raise TypeError, which the base version does).
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        for option, value in (('skipkeys', skipkeys), ('ensure_ascii', ensure_ascii),
                              ('check_circular', check_circular), ('allow_nan', allow_nan),
                              ('sort_keys', sort_keys), ('indent', indent)):
            setattr(self, option, value)
        # Indented output ends lines after commas, so no space is needed there.
        if separators is None and indent is not None:
            self.item_separator = ','
        elif separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for o; the base class refuses everything."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return quote(o)
        pieces = self.iterencode(o, _one_shot=True)
        if isinstance(pieces, (list, tuple)):
            return ''.join(pieces)
        return ''.join(list(pieces))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterable of strs."""
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        seen = {} if self.check_circular else None
        if _one_shot and self.indent is None:
            walk = c_make_encoder(seen, self.default, quote, self.indent,
                                  self.key_separator, self.item_separator,
                                  self.sort_keys, self.skipkeys, self.allow_nan)
        else:
            walk = _make_iterencode(seen, self.default, quote, self.indent,
                                    _float_formatter(self.allow_nan),
                                    self.key_separator, self.item_separator,
                                    self.sort_keys, self.skipkeys, _one_shot)
        return walk(o, 0)


def _float_formatter(allow_nan):
    """How floats are written: repr, except the three non-finite values."""
    def float_text(value, _repr=float.__repr__):
        if value == value and value not in (INFINITY, -INFINITY):
            return _repr(value)
        if not allow_nan:
            raise ValueError(
                "Out of range float values are not JSON compliant: " + repr(value))
        if value != value:
            return 'NaN'
        return 'Infinity' if value > 0 else '-Infinity'
    return float_text


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _one_shot):
    """Build the generator function that yields the pieces of a value's JSON text."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    int_text = int.__repr__

    def atom(o):
        # Text of a value that needs no recursion, else None.
        if isinstance(o, str):
            return _encoder(o)
        for constant, text in ((None, 'null'), (True, 'true'), (False, 'false')):
            if o is constant:
                return text
        if isinstance(o, int):
            return int_text(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def key_of(key):
        # The str a dict key becomes, or None to drop it (skipkeys).
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        for constant, text in ((True, 'true'), (False, 'false'), (None, 'null')):
            if key is constant:
                return text
        if isinstance(key, int):
            return int_text(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def enter(o):
        if markers is None:
            return
        if id(o) in markers:
            raise ValueError("Circular reference detected")
        markers[id(o)] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def spacing(level):
        # (text after the opening bracket, text between items, text before the
        # closing bracket) for a container at this depth.
        if _indent is None:
            return '', _item_separator, ''
        inside = '\n' + _indent * (level + 1)
        return inside, _item_separator + inside, '\n' + _indent * level

    def value_pieces(o, level):
        if isinstance(o, (list, tuple)):
            return array_pieces(o, level)
        if isinstance(o, dict):
            return object_pieces(o, level)
        return any_pieces(o, level)

    def array_pieces(seq, level):
        if not seq:
            yield '[]'
            return
        enter(seq)
        lead, between, close = spacing(level)
        prefix = '[' + lead
        for item in seq:
            text = atom(item)
            if text is None:
                yield prefix
                yield from value_pieces(item, level + 1)
            else:
                yield prefix + text
            prefix = between
        if close:
            yield close
        yield ']'
        leave(seq)

    def object_pieces(mapping, level):
        if not mapping:
            yield '{}'
            return
        enter(mapping)
        lead, between, close = spacing(level)
        yield '{'
        if lead:
            yield lead
        pairs = sorted(mapping.items()) if _sort_keys else mapping.items()
        emitted = False
        for key, item in pairs:
            name = key_of(key)
            if name is None:
                continue
            if emitted:
                yield between
            emitted = True
            yield _encoder(name)
            yield _key_separator
            text = atom(item)
            if text is None:
                yield from value_pieces(item, level + 1)
            else:
                yield text
        if close:
            yield close
        yield '}'
        leave(mapping)

    def any_pieces(o, level):
        text = atom(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from array_pieces(o, level)
        elif isinstance(o, dict):
            yield from object_pieces(o, level)
        else:
            enter(o)
            yield from any_pieces(_default(o), level)
            leave(o)

    return any_pieces
