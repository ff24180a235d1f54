# struct: every integer code in every byte order, round trips and range failures.
import struct

vals = [0, 1, -1, 127, -128, 255, 32767, -32768, 65535, 2**31 - 1, -2**31, 2**32 - 1, 2**63 - 1, -2**63, 2**64 - 1]
for order in '@=<>!':
    for code in 'bBhHiIlLqQ':
        out = []
        for v in vals:
            try:
                b = struct.pack(order + code, v)
                out.append(b.hex() + ':' + str(struct.unpack(order + code, b)[0]))
            except struct.error:
                out.append('E')
        print(order + code, struct.calcsize(order + code), ' '.join(out))
print(struct.pack('P', 5).hex(), struct.pack('n', -5).hex(), struct.pack('N', 5).hex(), struct.calcsize('nNP'))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8), struct.unpack('>H', b'\x12\x34'))


class Idx:
    def __index__(self):
        return 42


print(struct.pack('<i', Idx()), struct.pack('<i', True), struct.pack('>h', False))
for code in 'bBhHiIlLqQ':
    for order in '<@>':
        for v in [2**64, -2**63 - 1, 2**31, -2**31 - 1, 256, -129]:
            try:
                struct.pack(order + code, v)
            except struct.error as e:
                print(order + code, v, '->', e)
