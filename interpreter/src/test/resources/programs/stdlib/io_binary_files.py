# Binary files: buffered readers/writers, raw FileIO, read1/peek/readinto, seeking, append, truncate.
import io, os
name = 'io_binary_files.tmp'
with open(name, 'wb') as f:
    print(f, f.raw, f.mode, f.name, f.writable(), f.readable(), f.seekable())
    print(f.write(b'0123456789'), f.tell(), f.seek(2), f.write(b'ab'), f.tell())
    f.writelines([b'x', bytearray(b'y')])
with open(name, 'rb') as f:
    print(f.peek()[:4], f.read(3), f.read1(2), f.tell(), f.readline(), f.read(), f.read())
    print(f.seek(-3, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(1))
    try: f.seek(0, 3)
    except ValueError as e: print('ValueError:', e)
    try: f.write(b'x')
    except io.UnsupportedOperation as e: print('UnsupportedOperation:', e)
with open(name, 'r+b') as f:
    print(f.read(2)); f.write(b'--'); print(f.read(2), f.tell()); f.truncate(5); f.seek(0); print(f.read())
with open(name, 'ab') as f:
    print(f.tell(), f.write(b'END'), f.tell())
with open(name, 'rb', buffering=0) as f:
    print(f, f.read(2), f.readall(), f.read(), f.closefd, f.mode)
    ba = bytearray(3); f.seek(0); print(f.readinto(ba), ba)
f = io.FileIO(name, 'r')
print(f, f.fileno() > 2, f.tell(), f.readable(), f.writable(), f.isatty())
f.close(); print(f, f.closed)
try: f.read()
except ValueError as e: print('ValueError:', e)
try: f.fileno()
except ValueError as e: print('ValueError:', e)
w = io.FileIO(name, 'w')
try: w.read()
except io.UnsupportedOperation as e: print('UnsupportedOperation:', e)
w.write(b'raw'); w.close()
with open(name, 'rb') as f:
    print(list(f), f.closed)
print(f.closed)
with open(name, 'wb') as f:
    f.write(b'l1\nl2\nl3')
with open(name, 'rb') as f:
    print(f.readlines(), f.readline())
with open(name, 'rb') as f:
    print(f.readline(1), f.readline(10), f.readlines(1))
r = io.BufferedReader(io.FileIO(name))
print(r, r.read(4), r.raw)
r.close()
wr = io.BufferedWriter(io.BytesIO())
print(wr.write(b'abc'), wr.raw.getvalue(), wr.flush(), wr.raw.getvalue())
br = io.BufferedReader(io.BytesIO(b'from bytesio\nline2'))
print(br.readline(), br.read())
try: io.BufferedReader(io.FileIO(name, 'w'))
except OSError as e: print('OSError:', e)
try: open(name, 'rb').read(-2)
except ValueError as e: print('ValueError:', e)
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
try: open(3.5)
except TypeError as e: print('TypeError:', e)
try: open(name, 5)
except TypeError as e: print('TypeError:', e)
try: open(name, buffering='x')
except TypeError as e: print('TypeError:', e)
os.remove(name)
