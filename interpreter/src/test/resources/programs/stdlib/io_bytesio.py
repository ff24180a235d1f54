# io.BytesIO: binary in-memory streams, readinto, truncate past the end, getbuffer, errors.
import io

b = io.BytesIO(b'abc\ndef\nghi')
print(b.readline(), b.read(2), b.tell(), b.read(), b.read(), b.getvalue())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b'1\n2\n')), io.BytesIO(b'xy').read(None))
b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world')), b.write(memoryview(b'!')), b.getvalue())
b.seek(0, 0)
b.write(b'J')
print(b.getvalue(), b.tell(), b.seek(-2, 2), b.read(), b.seek(-100, 1))
b.seek(20)
b.write(b'x')
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(3), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
buf = bytearray(4)
b = io.BytesIO(b'wxyz12')
print(b.readinto(buf), buf, b.read1(1), b.read1(), b.readinto(buf))
print(bytes(io.BytesIO(b'buf').getbuffer()), len(io.BytesIO(b'four').getbuffer()))
for bad in [lambda: io.BytesIO().write('s'), lambda: io.BytesIO(b'').seek(-1),
            lambda: io.BytesIO('text'), lambda: io.BytesIO().seek(0, 3), lambda: io.BytesIO().truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
b.close()
for op in [b.read, b.getvalue, b.tell, lambda: b.write(b'x'), lambda: b.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
print(b.closed, isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), io.BytesIO.__mro__)
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.readable(), c.writable(), c.seekable(), c.isatty())
print(c.closed)
b = io.BytesIO(b'1\n22\n333\n')
print(b.readline(1), b.readline(10), b.readlines(2), b.readlines())
b = io.BytesIO()
b.writelines([b'a', bytearray(b'b'), b'c'])
print(b.getvalue())


class Counting(io.BytesIO):
    writes = 0

    def write(self, data):
        self.writes += 1
        return super().write(data)


c = Counting()
c.write(b'ab')
c.write(b'cd')
print(c.writes, c.getvalue(), type(c).__name__)
