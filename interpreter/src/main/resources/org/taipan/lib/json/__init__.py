"""Reading and writing JSON (RFC 8259) text.

dumps()/dump() turn Python values into JSON, loads()/load() turn JSON back
into Python values; JSONEncoder and JSONDecoder do the work and can be
subclassed (pass the subclass as ``cls``). Taipan's own implementation.
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Shared instances for the common case of calls with every option left at its default.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

# JSONEncoder's options and their defaults, in the order they are passed on.
_ENCODER_DEFAULTS = (('skipkeys', False), ('ensure_ascii', True), ('check_circular', True),
                     ('allow_nan', True), ('indent', None), ('separators', None),
                     ('default', None), ('sort_keys', False))

# The decoding hooks loads() hands to the decoder class when given.
_DECODER_HOOKS = ('object_hook', 'object_pairs_hook', 'parse_float', 'parse_int',
                  'parse_constant')


def _encoder_for(cls, options, extra):
    """The encoder to use: the shared one unless some option differs from its default."""
    # The test is on truth values for the flags and on None for the rest.
    plain = (not options['skipkeys'] and options['ensure_ascii']
             and options['check_circular'] and options['allow_nan']
             and cls is None and options['indent'] is None
             and options['separators'] is None and options['default'] is None
             and not options['sort_keys'] and not extra)
    if plain:
        return _default_encoder
    settings = {name: options[name] for name, _ in _ENCODER_DEFAULTS}
    settings.update(extra)
    return (JSONEncoder if cls is None else cls)(**settings)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON document (a str); the options are JSONEncoder's."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys)
    return _encoder_for(cls, options, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text stream fp, in pieces (one fp.write per piece)."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys)
    for piece in _encoder_for(cls, options, kw).iterencode(obj):
        fp.write(piece)


# Byte-order marks, longest first, and the codec each one announces.
_BOMS = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
         (b'\xef\xbb\xbf', 'utf-8-sig'),
         (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'))


def detect_encoding(b):
    """Guess the codec of JSON bytes: a byte-order mark if there is one, else the
    pattern of zero bytes at the start (JSON text begins with an ASCII character)."""
    for mark, codec in _BOMS:
        if b.startswith(mark):
            return codec
    zero = [byte == 0 for byte in b[:4]]
    if len(b) >= 4:
        if zero[0]:
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif len(b) == 2:
        if zero[0]:
            return 'utf-16-be'
        if zero[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document s (str, bytes or bytearray) into Python values."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    elif s[:1] == '\ufeff':
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    given = dict(object_hook=object_hook, object_pairs_hook=object_pairs_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant)
    for name in _DECODER_HOOKS:
        if given[name] is not None:
            kw[name] = given[name]
    if cls is None:
        if not kw:
            return _default_decoder.decode(s)
        cls = JSONDecoder
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document read from fp (fp.read() is called once)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 object_pairs_hook=object_pairs_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant, **kw)
