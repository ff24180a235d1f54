# zlib: compressobj/decompressobj streams, unused_data, eof, max_length, copy
import zlib

text = b'The quick brown fox jumps over the lazy dog. ' * 40
co = zlib.compressobj(6)
pieces = [co.compress(text[i:i + 100]) for i in range(0, len(text), 100)]
stream = b''.join(pieces) + co.flush()
print(len(stream), stream == zlib.compress(text, 6))

d = zlib.decompressobj()
out = b''
for i in range(0, len(stream), 37):
    out += d.decompress(stream[i:i + 37])
out += d.flush()
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)

d = zlib.decompressobj()
result = d.decompress(stream + b'TRAILING')
print(len(result), d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)

d = zlib.decompressobj()
first = d.decompress(stream, 100)
print(len(first), first == text[:100])
rest = d.decompress(d.unconsumed_tail) + d.flush()
print(len(first + rest), (first + rest) == text, d.eof)

gz = zlib.compressobj(9, zlib.DEFLATED, 31)
gz_stream = gz.compress(b'gzip ') + gz.compress(b'stream') + gz.flush()
print(gz_stream[:10], zlib.decompress(gz_stream, 31))
d = zlib.decompressobj(47)
print(d.decompress(gz_stream), d.eof)
raw = zlib.compressobj(wbits=-15)
raw_stream = raw.compress(b'raw') + raw.flush()
print(raw_stream, zlib.decompressobj(-15).decompress(raw_stream))

co = zlib.compressobj()
head = co.compress(b'abc')
clone = co.copy()
middle = co.compress(b'def')
print(zlib.decompress(head + middle + co.flush()), zlib.decompress(head + clone.flush()))
try:
    co.flush()
except zlib.error as e:
    print('error', e)
for bad in [lambda: zlib.decompressobj(100), lambda: zlib.decompressobj().decompress(b'x', -1),
            lambda: zlib.decompressobj().decompress(b'not zlib at all')]:
    try:
        bad()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
