# TextIOWrapper and Buffered* over in-memory and user-defined raw streams; io ABC registrations.
import io


class Source(io.RawIOBase):
    """A raw stream serving bytes in small pieces."""

    def __init__(self, data, piece=3):
        self.data = data
        self.pos = 0
        self.piece = piece
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.reads += 1
        chunk = self.data[self.pos:self.pos + min(len(b), self.piece)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


src = Source('héllo\nwörld\r\nlast'.encode('utf-8'))
text = io.TextIOWrapper(io.BufferedReader(src, 4), encoding='utf-8')
print(text.readline(), repr(text.readline()), repr(text.read()), text.readline() == '', src.reads > 3)
print(Source(b'abcdefg').read(), Source(b'abcdefg').read(2), Source(b'xyz').readall(), src.readable(), src.writable())
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-16-le', newline='\r\n')
print(w.write('a\nb'), w.encoding, w.errors, w.line_buffering, repr(w), w.seekable())
w.flush()
print(w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(b'one\ntwo\nthree'), encoding='ascii')
print(list(w), w.tell(), w.seek(4), w.readline(), w.read(2), w.newlines)
b = io.BytesIO()
bw = io.BufferedWriter(b, buffer_size=4)
print(bw.write(b'ab'), b.getvalue(), bw.write(b'cdef'), b.getvalue(), bw.flush(), b.getvalue())
rw = io.BufferedRandom(io.BytesIO(b'0123456789'))
print(rw.read(3), rw.write(b'XY'), rw.tell(), rw.seek(0), rw.read(), rw.peek(1))
pair = io.BufferedRWPair(io.BytesIO(b'incoming'), io.BytesIO())
print(pair.read(2), pair.write(b'out'), pair.readable(), pair.writable(), pair.closed)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), isinstance(io.BytesIO(), io.IOBase), issubclass(Source, io.IOBase))
print(io.IOBase.__module__, io.TextIOWrapper.__module__, io.TextIOWrapper.__mro__, io.RawIOBase.__mro__)
for bad in [lambda: io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='x'),
            lambda: io.TextIOWrapper(io.BytesIO(), encoding=5), lambda: io.BufferedReader(io.BytesIO(), 0),
            lambda: io.TextIOWrapper(io.BytesIO(b'x'), encoding='nope'), lambda: Source(b'').write(b'x'),
            lambda: io.BytesIO().detach(), lambda: io.StringIO().detach(), lambda: io.StringIO().fileno()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(io.text_encoding(None), io.text_encoding('utf-8'), io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
