"""DEFLATE compression (zlib, raw and gzip containers): Taipan's own zlib on the JVM's.

The Java module _zlib deflates and inflates whole buffers; this module adds the wbits
conventions, the gzip header and trailer, the stream objects and CPython's error messages.
Stream objects buffer their input: compressobj().compress() returns b'' and everything comes
out of flush() (same bytes in total as CPython, split differently).
"""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _buffer(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def crc32(data, value=0, /):
    return _zlib.crc32(_buffer(data), value & 0xFFFFFFFF)


def adler32(data, value=1, /):
    return _zlib.adler32(_buffer(data), value & 0xFFFFFFFF)


def _deflate(data, level, wbits):
    if not (-1 <= level <= 9):
        raise error('Bad compression level')
    if 9 <= wbits <= 15:
        return _zlib.deflate(data, level, False)
    if -15 <= wbits <= -9:
        return _zlib.deflate(data, level, True)
    if 25 <= wbits <= 31:
        body = _zlib.deflate(data, level, True)
        xfl = 2 if level == 9 else 4 if level == 1 else 0
        header = b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl, 3])
        trailer = (_zlib.crc32(data, 0).to_bytes(4, 'little')
                   + (len(data) & 0xFFFFFFFF).to_bytes(4, 'little'))
        return header + body + trailer
    raise error('Invalid initialization option')


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    return _deflate(_buffer(data), level, wbits)


def _inflate_raw(data, raw):
    try:
        return _zlib.inflate(data, raw)
    except ValueError as e:
        raise error('Error -3 while decompressing data: %s' % e) from None


def _gzip_body_start(data):
    """Where the deflate data of a gzip member starts, or None if the header is incomplete."""
    if len(data) < 10:
        return None
    if data[0] != 0x1f or data[1] != 0x8b:
        raise error('Error -3 while decompressing data: incorrect header check')
    if data[2] != 8:
        raise error('Error -3 while decompressing data: unknown compression method')
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            return None
        pos += 2 + int.from_bytes(data[pos:pos + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b'\0', pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    return pos if pos <= len(data) else None


def _container(wbits):
    if 8 <= wbits <= 15 or wbits == 0:
        return 'zlib'
    if -15 <= wbits <= -8:
        return 'raw'
    if 24 <= wbits <= 31:
        return 'gzip'
    if 40 <= wbits <= 47:
        return 'auto'
    raise error('Error -2 while preparing to decompress data: inconsistent stream state')


def _inflate(data, container):
    """(output, unused data, finished) of the stream at the start of data."""
    if container == 'auto':
        container = 'gzip' if data[:2] == b'\x1f\x8b' else 'zlib'
    if container != 'gzip':
        out, remaining, finished = _inflate_raw(data, container == 'raw')
        return out, data[len(data) - remaining:] if finished else b'', finished
    start = _gzip_body_start(data)
    if start is None:
        return b'', b'', False
    out, remaining, finished = _inflate_raw(data[start:], True)
    if not finished:
        return out, b'', False
    rest = data[len(data) - remaining:]
    if len(rest) < 8:
        return out, b'', False
    if int.from_bytes(rest[:4], 'little') != _zlib.crc32(out, 0):
        raise error('Error -3 while decompressing data: incorrect data check')
    if int.from_bytes(rest[4:8], 'little') != len(out) & 0xFFFFFFFF:
        raise error('Error -3 while decompressing data: incorrect length check')
    return out, rest[8:], True


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _buffer(data)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    out, unused, finished = _inflate(data, _container(wbits))
    if not finished:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class _Compress(object):
    """compressobj(): collects input; flush() returns the whole compressed stream."""

    def __init__(self, level, wbits):
        if not (-1 <= level <= 9):
            raise ValueError('Invalid initialization option')
        _container(abs(wbits) if wbits > 0 else wbits)
        self._level = level
        self._wbits = wbits
        self._chunks = []
        self._done = False

    def compress(self, data):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._chunks.append(_buffer(data))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if self._done:
            raise error('Error -2 while flushing: inconsistent stream state')
        if mode != Z_FINISH:
            return b''
        self._done = True
        return _deflate(b''.join(self._chunks), self._level, self._wbits)

    def copy(self):
        other = _Compress(self._level, self._wbits)
        other._chunks = list(self._chunks)
        other._done = self._done
        return other


class _Decompress(object):
    """decompressobj(): output as soon as it can be decoded; unused_data after the end."""

    def __init__(self, wbits):
        try:
            self._container = _container(wbits)
        except error:
            raise ValueError('Invalid initialization option') from None
        self._input = b''
        self._given = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        data = _buffer(data)
        if self.eof:
            self.unused_data += data
            return b''
        self._input += self.unconsumed_tail + data
        self.unconsumed_tail = b''
        out, unused, finished = _inflate(self._input, self._container)
        fresh = out[self._given:]
        if max_length and len(fresh) > max_length:
            fresh = fresh[:max_length]
        self._given += len(fresh)
        if finished and self._given == len(out):
            self.eof = True
            self.unused_data = unused
        return fresh

    def flush(self, length=DEF_BUF_SIZE):
        if not self._input:
            return b''
        out, unused, finished = _inflate(self._input, self._container)
        fresh = out[self._given:]
        self._given = len(out)
        if finished:
            self.eof = True
            self.unused_data = unused
        return fresh

    def copy(self):
        other = _Decompress.__new__(_Decompress)
        other.__dict__.update(self.__dict__)
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return _Decompress(wbits)
