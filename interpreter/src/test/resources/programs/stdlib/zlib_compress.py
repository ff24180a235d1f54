# zlib: compress/decompress in the zlib, raw and gzip containers, levels, checksums, errors
import zlib
print(zlib.compress(b'hello hello hello'), zlib.compress(b'abc', 9), zlib.compress(b'abc', 1), zlib.compress(b''))
for lvl in [-1, 9, 1]:
    co = zlib.compressobj(lvl, wbits=31); print(co.compress(b'data')+co.flush())
print(zlib.compress(b'raw data', wbits=-15), zlib.compress(b'x' * 1000, 6))
for d in [b'garbage', zlib.compress(b'abcdef')[:-3], b'x\x9c']:
  try: zlib.decompress(d)
  except zlib.error as e: print(e)
print(zlib.error.__module__, zlib.error.__mro__, zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_DEFAULT_COMPRESSION)
try: zlib.compress(b'a', 10)
except zlib.error as e: print(e)
try: zlib.compress('a')
except TypeError as e: print(e)
d = zlib.decompressobj(); print(d.decompress(zlib.compress(b'xyz')+b'tail'), d.unused_data, d.eof, d.unconsumed_tail)
try: zlib.decompress(b'x', -100)
except Exception as e: print(type(e), e)
print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'hello world'), zlib.adler32(b'hello'), zlib.adler32(b'x' * 10000), zlib.crc32(b''), zlib.adler32(b'', 5))
g = zlib.compress(b'gzipped text', wbits=31); print(g, zlib.decompress(g, 31), zlib.decompress(g, 47), zlib.decompress(zlib.compress(b'auto'), 47))
big = bytes(range(256)) * 50
c = zlib.compress(big); print(len(c), zlib.decompress(c) == big, zlib.decompress(zlib.compress(big, wbits=-9), -15) == big)
try: zlib.decompress(g[:-4] + b'\0\0\0\0', 31)
except zlib.error as e: print(e)
