# gzip: headers (mtime, level, file name), several members, trailing zeros, corrupt data
import gzip
import io
import zlib

for level in [1, 6, 9]:
    data = gzip.compress(b'payload ' * 10, level, mtime=1234)
    print(level, data[:10], len(data), gzip.decompress(data)[:16])
zero = gzip.compress(b'same', mtime=0)
print(zero == zlib.compress(b'same', 9, wbits=31), zero)
both = gzip.compress(b'first|', mtime=0) + gzip.compress(b'second', mtime=7)
print(gzip.decompress(both), gzip.decompress(both + b'\0\0\0\0'))
print(zlib.decompress(both, 31))
bad_crc = bytearray(gzip.compress(b'check me', mtime=0))
bad_crc[-8] ^= 0xFF
for data in [bytes(bad_crc), b'\x1f\x8b\x09' + bytes(20), b'\x1f', b'']:
    try:
        print(repr(gzip.decompress(data)))
    except (OSError, EOFError, zlib.error) as e:
        print(type(e).__name__, e)
buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode='wb', mtime=99, compresslevel=1) as f:
    f.write(b'part one ')
    f.write(memoryview(b'part two'))
    print(f.writable(), f.readable(), f.tell())
raw = buffer.getvalue()
print(raw[:10], raw[4:8], gzip.decompress(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.peek(4)[:4], f.read(4), f.read(), f.read())
    f.seek(5)
    print(f.read(3), f.closed)
print(f.closed)
