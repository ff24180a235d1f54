# struct.Struct objects, pack_into/unpack_from with offsets, iter_unpack, buffers of every kind.
import struct

s = struct.Struct('<hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'), type(s).__name__)
print(struct.Struct, type(s).__module__, struct.Struct(b'>h').format, struct.pack(b'<i', 7))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from('<h', buf, -2))
struct.pack_into('>I', buf, -4, 0xdeadbeef)
print(buf.hex(), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('b', b'\x01\x02\x03')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
mv = memoryview(bytearray(4))
struct.pack_into('<i', mv, 0, 258)
print(bytes(mv), struct.unpack('<i', mv), struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')))
print(struct.unpack_from('>H', b'\x00\x01\x00\x02', 2), struct.unpack_from('b', buffer=b'\x05'))
print(s.iter_unpack(s.pack(1, 2, 3) * 2).__length_hint__(), [t for t in s.iter_unpack(s.pack(4, 5, 6))])


class Point(struct.Struct):
    def __init__(self):
        super().__init__('<2i')

    def encode(self, x, y):
        return self.pack(x, y)


p = Point()
print(p.size, p.encode(3, -4), p.unpack(p.encode(3, -4)), isinstance(p, struct.Struct))
records = b''.join(struct.pack('<HB', i, i * 2) for i in range(4))
print(records.hex(), [rec for rec in struct.iter_unpack('<HB', records)], struct.calcsize('<HB'))
total = 0
for (value,) in struct.iter_unpack('>i', struct.pack('>4i', 10, -20, 30, 1)):
    total += value
print(total)
