"""gzip files: Taipan's own gzip, on zlib.

GzipFile reads a whole file's members at the first read and writes its one member when
closed: simple, and the bytes written are those CPython writes for the same calls.
"""

import io
import os
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16


class BadGzipFile(OSError):
    """A file that is not in gzip format."""


def _header(mtime, level, filename=b''):
    xfl = b'\002' if level == _COMPRESS_LEVEL_BEST else \
        b'\004' if level == _COMPRESS_LEVEL_FAST else b'\000'
    flags = FNAME if filename else 0
    out = b'\037\213\010' + bytes([flags]) + (int(mtime) & 0xFFFFFFFF).to_bytes(4, 'little')
    out += xfl + b'\377'
    if filename:
        out += filename + b'\000'
    return out


def _member(data, level, mtime, filename=b''):
    body = zlib.compress(data, level, wbits=-15)
    return (_header(mtime, level, filename) + body
            + zlib.crc32(data).to_bytes(4, 'little')
            + (len(data) & 0xFFFFFFFF).to_bytes(4, 'little'))


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    data = bytes(memoryview(data))
    if mtime == 0:
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    return _member(data, compresslevel, mtime)


def _truncated():
    return EOFError('Compressed file ended before the end-of-stream marker was reached')


def _body_start(data):
    """Where a member's deflate data starts, after its header (checked here)."""
    if data[:2] != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
    if len(data) < 10:
        raise _truncated()
    if data[2] != 8:
        raise BadGzipFile('Unknown compression method')
    flags = data[3]
    pos = 10
    if flags & FEXTRA:
        if len(data) < pos + 2:
            raise _truncated()
        pos += 2 + int.from_bytes(data[pos:pos + 2], 'little')
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            end = data.find(b'\0', pos)
            if end < 0:
                raise _truncated()
            pos = end + 1
    if flags & FHCRC:
        pos += 2
    if pos > len(data):
        raise _truncated()
    return pos


def decompress(data):
    data = bytes(memoryview(data))
    out = []
    while data:
        start = _body_start(data)
        d = zlib.decompressobj(-15)
        piece = d.decompress(data[start:])
        if not d.eof or len(d.unused_data) < 8:
            raise _truncated()
        trailer = d.unused_data
        if int.from_bytes(trailer[:4], 'little') != zlib.crc32(piece):
            raise BadGzipFile('CRC check failed')
        if int.from_bytes(trailer[4:8], 'little') != len(piece) & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')
        out.append(piece)
        data = trailer[8:].lstrip(b'\0')
    return b''.join(out)


class GzipFile(io.BufferedIOBase):
    """A gzip file opened for reading ('rb') or writing ('wb', 'ab', 'xb')."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = None
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._chunks = []
            self._level = compresslevel
            self._mtime = mtime
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.name = filename
        self.fileobj = fileobj

    @property
    def mtime(self):
        return self._mtime if self.mode == WRITE else None

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj)[1:-1] + ' ' + hex(id(self)) + '>'

    def _check(self, mode):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file.')
        if self.mode != mode:
            what = 'read() on write-only' if mode == READ else 'write() on read-only'
            raise OSError(9, what + ' GzipFile object')

    def write(self, data):
        self._check(WRITE)
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._chunks.append(bytes(data))
        return length

    def _load(self):
        if self._buffer is None:
            self._buffer = io.BytesIO(decompress(self.fileobj.read()))

    def read(self, size=-1):
        self._check(READ)
        self._load()
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check(READ)
        self._load()
        return self._buffer.readline(size)

    def peek(self, n):
        self._check(READ)
        self._load()
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def seekable(self):
        return True

    def writable(self):
        return self.mode == WRITE

    def readable(self):
        return self.mode == READ

    def tell(self):
        if self.mode == READ:
            self._load()
            return self._buffer.tell()
        return sum(len(c) for c in self._chunks)

    def seek(self, offset, whence=io.SEEK_SET):
        self._check(READ)
        self._load()
        return self._buffer.seek(offset, whence)

    closed = property(lambda self: self.fileobj is None)

    def _emit_member(self, target):
        # Everything written so far becomes one gzip member; the header names
        # the file without its directory and its '.gz' suffix.
        stored = os.path.basename(self.name)
        if isinstance(stored, str):
            stored = stored.encode('latin-1')
        if stored.endswith(b'.gz'):
            stored = stored[:-3]
        stamp = self._mtime if self._mtime is not None else time.time()
        target.write(_member(b''.join(self._chunks), self._level, stamp, stored))

    def close(self):
        if self.fileobj is None:
            return
        target, self.fileobj = self.fileobj, None
        try:
            if self.mode == WRITE:
                self._emit_member(target)
        finally:
            owned, self.myfileobj = self.myfileobj, None
            if owned:
                owned.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        pass

    def fileno(self):
        return self.fileobj.fileno()

    def __iter__(self):
        self._check(READ)
        self._load()
        return iter(self._buffer)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        for option, value in (('encoding', encoding), ('errors', errors),
                              ('newline', newline)):
            if value is not None:
                raise ValueError(f"Argument '{option}' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextFile(binary_file, encoding or 'utf-8', errors or 'strict', newline)
    return binary_file


class _TextFile(io.StringIO):
    """gzip.open(..., 'rt'/'wt'): text over a GzipFile, decoded or encoded as a whole."""

    def __init__(self, binary, encoding, errors, newline):
        self._binary = binary
        self._encoding = encoding
        self._errors = errors
        initial = ''
        if binary.mode == READ:
            initial = binary.read().decode(encoding, errors)
            if newline is None:
                initial = initial.replace('\r\n', '\n').replace('\r', '\n')
        super().__init__(initial, newline='' if binary.mode == READ else newline)

    def close(self):
        if not self.closed:
            if self._binary.mode == WRITE:
                self._binary.write(self.getvalue().encode(self._encoding, self._errors))
            self._binary.close()
        super().close()
