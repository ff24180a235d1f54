"""Codec registry and helpers: Taipan's own codecs.

The text codecs are those str.encode/bytes.decode implement; this module names them (a table
of aliases onto CPython's canonical codec names), wraps them as CodecInfo objects, and adds
the bytes-to-bytes 'hex' and str-to-str 'rot-13' codecs.
"""

import builtins as _builtins
import sys as _sys
from _codecs import register_error as _register_error
from _codecs import (escape_decode, escape_encode, unicode_escape_decode, unicode_escape_encode,
                     raw_unicode_escape_decode, raw_unicode_escape_encode)

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE',
           'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader', 'StreamWriter',
           'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter',
           'encode', 'decode', 'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors',
           'replace_errors', 'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'namereplace_errors', 'register_error', 'lookup_error']

# Byte order marks: explicit byte orders, then the native ones, then the
# old names that predate the UTF-named ones.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE, BOM_UTF16_BE = b'\xff\xfe', b'\xfe\xff'
BOM_UTF32_LE, BOM_UTF32_BE = b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'
BOM_LE, BOM_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM = BOM_UTF16 = BOM_UTF16_LE if _sys.byteorder == 'little' else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _sys.byteorder == 'little' else BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

# normalised alias -> canonical codec name
_ALIASES = {}
for _canonical, _names in {
        'utf-8': 'utf8 utf_8 u8 utf cp65001 utf8_ucs2 utf8_ucs4',
        'utf-8-sig': 'utf_8_sig utf8_sig',
        'utf-16': 'utf16 utf_16 u16', 'utf-16-le': 'utf_16_le utf_16le unicodelittleunmarked',
        'utf-16-be': 'utf_16_be utf_16be unicodebigunmarked',
        'utf-32': 'utf32 utf_32 u32', 'utf-32-le': 'utf_32_le utf_32le',
        'utf-32-be': 'utf_32_be utf_32be',
        'ascii': 'ascii us_ascii 646 us ansi_x3.4_1968 ansi_x3_4_1968 iso646_us cp367 csascii',
        'iso8859-1': 'latin_1 latin1 latin l1 iso8859_1 iso_8859_1 8859 cp819 iso_ir_100 '
                     'iso_8859_1_1987 csisolatin1 ibm819',
        'iso8859-2': 'iso8859_2 iso_8859_2 latin2 l2', 'iso8859-15': 'iso8859_15 iso_8859_15 '
                                                                   'latin9 l9',
        'cp1252': 'cp1252 windows_1252', 'cp437': 'cp437 437 ibm437 cspc8codepage437',
        'cp850': 'cp850 850 ibm850 cspc850multilingual', 'koi8-r': 'koi8_r cskoi8r',
        'mac-roman': 'mac_roman macroman macintosh',
        'mac-latin2': 'mac_latin2 maclatin2 mac_centeuro maccentraleurope',
        'cp861': 'cp861 861 ibm861 csibm861 cp_is', 'cp869': 'cp869 869 ibm869 csibm869 cp_gr',
        'cp775': 'cp775 775 ibm775 cspc775baltic', 'cp862': 'cp862 862 ibm862 cspc862latinhebrew',
        'cp852': 'cp852 852 ibm852 cspcp852',
        'unicode-escape': 'unicode_escape', 'raw-unicode-escape': 'raw_unicode_escape',
        'rot-13': 'rot13 rot_13', 'hex': 'hex hex_codec'}.items():
    for _name in _names.split():
        _ALIASES[_name] = _canonical
del _canonical, _names, _name

# ISO 8859 parts by their Latin-N, script and registry names
_ISO_NAMES = {}
for _part, _names in {2: 'latin2 l2 csisolatin2 iso_ir_101', 3: 'latin3 l3 csisolatin3 iso_ir_109',
                      4: 'latin4 l4 csisolatin4 iso_ir_110', 9: 'latin5 l5 csisolatin5 iso_ir_148',
                      13: 'latin7 l7', 15: 'latin9 l9', 16: 'latin10 l10 iso_ir_226',
                      5: 'cyrillic csisolatincyrillic iso_ir_144',
                      6: 'arabic asmo_708 csisolatinarabic ecma_114 iso_ir_127',
                      7: 'greek greek8 csisolatingreek ecma_118 elot_928 iso_ir_126',
                      8: 'hebrew csisolatinhebrew iso_ir_138'}.items():
    for _name in _names.split():
        _ISO_NAMES[_name] = 'iso8859-%d' % _part
del _part, _names, _name

_TEXT_TRANSFORMS = {'rot-13'}
_BYTES_TRANSFORMS = {'hex'}
_search_functions = []
_cache = {}


def _normalize(name):
    out = []
    punct = False
    for c in name.lower():
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out)


class CodecInfo(tuple):
    """The functions of one codec: encode, decode and the incremental and stream classes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name, self.encode, self.decode = name, encode, decode
        self.streamreader, self.streamwriter = streamreader, streamwriter
        self.incrementalencoder, self.incrementaldecoder = incrementalencoder, incrementaldecoder
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (self.__class__.__module__,
                                                         self.__class__.__qualname__,
                                                         self.name, id(self))


class Codec(object):
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes of an incomplete character for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        output, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return output

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _text_codec(name):
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError('%s_encode() argument 1 must be str, not %s'
                            % (name.replace('-', '_').replace('iso8859_1', 'latin_1'),
                               type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict', final=True):
        data = bytes(memoryview(input))
        if final:
            return data.decode(name, errors), len(data)
        # leave an incomplete trailing character for later
        for cut in range(0, min(4, len(data)) + 1):
            try:
                return data[:len(data) - cut].decode(name, errors), len(data) - cut
            except UnicodeDecodeError as e:
                if cut == min(4, len(data)) or e.reason not in ('unexpected end of data',
                                                                'truncated data'):
                    if e.end < len(data) - cut:
                        raise
        return data.decode(name, errors), len(data)

    return _stream_codec(name, encode, decode)


def _stream_codec(name, encode, decode):
    """The CodecInfo of a text codec from its encode(input, errors) and
    decode(input, errors, final) functions."""

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        pass

    Writer.encode = staticmethod(encode)
    Reader.decode = staticmethod(lambda input, errors='strict': decode(input, errors))
    return CodecInfo(encode, lambda input, errors='strict': decode(input, errors),
                     Reader, Writer, Encoder, Decoder, name=name)


def _rot13_codec():
    table = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                          'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')

    def rot13(input, errors='strict'):
        return str.translate(input, table), len(input)
    return CodecInfo(rot13, rot13, name='rot-13', _is_text_encoding=False)


def _hex_codec():
    def encode(input, errors='strict'):
        data = bytes(memoryview(input))
        return data.hex().encode('ascii'), len(data)

    def decode(input, errors='strict'):
        data = bytes(memoryview(input))
        return bytes.fromhex(data.decode('ascii')), len(data)
    return CodecInfo(encode, decode, name='hex', _is_text_encoding=False)


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        return self.decode(data, self.errors)[0]

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text = self.decode(line, self.errors)[0]
        return text if keepends else text.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


StreamReaderWriter = StreamRecoder = None


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, CodecInfo) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    canonical = _ALIASES.get(key)
    if canonical is None and key.startswith('iso8859_') or key.startswith('iso_8859_'):
        canonical = 'iso8859-' + key.rsplit('_', 1)[1]
    if canonical is None and key.startswith('cp') and key[2:].isdigit():
        canonical = key
    if canonical is None:
        # the code pages' other spellings: windows_1251, 1251, ibm866, csibm866, latin5, l5, ...
        for prefix in ('windows_', 'csibm', 'ibm', ''):
            if key.startswith(prefix) and key[len(prefix):].isdigit() and len(key) > len(prefix):
                canonical = 'cp' + key[len(prefix):]
                break
    if canonical is None:
        canonical = _ISO_NAMES.get(key)
    if canonical == 'rot-13':
        info = _rot13_codec()
    elif canonical == 'unicode-escape':
        # _codecs knows where an escape is cut off
        info = _stream_codec(canonical, unicode_escape_encode, unicode_escape_decode)
    elif canonical == 'raw-unicode-escape':
        info = _stream_codec(canonical, raw_unicode_escape_encode, raw_unicode_escape_decode)
    elif canonical == 'hex':
        info = _hex_codec()
    elif canonical is not None:
        try:
            'a'.encode(canonical)
        except LookupError:
            raise LookupError('unknown encoding: %s' % encoding) from None
        info = _text_codec(canonical)
    else:
        try:
            'a'.encode(encoding)
        except LookupError:
            raise LookupError('unknown encoding: %s' % encoding) from None
        info = _text_codec(key.replace('_', '-'))
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except TypeError as e:
        raise TypeError("encoding with '%s' codec failed (TypeError: %s)"
                        % (info.name, e)) from None


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except TypeError as e:
        raise TypeError("decoding with '%s' codec failed (TypeError: %s)"
                        % (info.name, e)) from None


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _incremental(encoding, which):
    # Codecs may leave their incremental classes out; that counts as unknown.
    found = getattr(lookup(encoding), which)
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    return _incremental(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    return _incremental(encoding, 'incrementaldecoder')


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    if any(c in mode for c in 'wax+'):
        writer = info.streamwriter(file, errors)
        writer.encoding = encoding
        return writer
    reader = info.streamreader(file, errors)
    reader.encoding = encoding
    return reader


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('codecs.EncodedFile is not available on Taipan')


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return '', exception.end


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return '?' * (exception.end - exception.start), exception.end
    return '\ufffd', exception.end


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        text = exception.object[exception.start:exception.end]
        out = []
        for c in text:
            n = ord(c)
            out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000
                       else '\\U%08x' % n)
        return ''.join(out), exception.end
    data = exception.object[exception.start:exception.end]
    return ''.join('\\x%02x' % b for b in data), exception.end


def xmlcharrefreplace_errors(exception):
    text = exception.object[exception.start:exception.end]
    return ''.join('&#%d;' % ord(c) for c in text), exception.end


def namereplace_errors(exception):
    import unicodedata
    text = exception.object[exception.start:exception.end]
    return ''.join('\\N{%s}' % unicodedata.name(c) for c in text), exception.end


_error_handlers = {'strict': strict_errors, 'ignore': ignore_errors,
                   'replace': replace_errors, 'backslashreplace': backslashreplace_errors,
                   'xmlcharrefreplace': xmlcharrefreplace_errors,
                   'namereplace': namereplace_errors}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler
    _register_error(name, handler)  # for str.encode and bytes.decode too


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None
