# struct: half, single and double precision floats, rounding, overflow and special values.
import math
import struct

for v in [0.0, -0.0, 1.5, -2.25, 1e-8, 65504.0, 6e-8, 1e-45, 3.4e38, 1 / 3, float('inf'), float('-inf'), 1e-310, 2.5e-5]:
    for code in 'efd':
        try:
            b = struct.pack('<' + code, v)
            print(code, repr(v), b.hex(), struct.unpack('<' + code, b))
        except OverflowError as e:
            print(code, repr(v), 'OverflowError:', e)
for v in [1.0009765625, 1.00048828125, 1.00146484375, 0.333251953125, 2049.0, 2051.0, 65519.0, 65520.0]:
    try:
        print('half', v, struct.pack('>e', v).hex(), struct.unpack('>e', struct.pack('>e', v)))
    except OverflowError as e:
        print('half', v, 'OverflowError:', e)
nan = float('nan')
print([math.isnan(struct.unpack(c, struct.pack(c, nan))[0]) for c in 'efd'], struct.pack('<d', nan).hex())
print(struct.pack('<f', 2), struct.pack('>d', 10), struct.pack('f', 1e300), struct.unpack('>f', b'\x7f\x80\x00\x00'))
for bad in ["struct.pack('<f', 1e300)", "struct.pack('e', 1e10)", "struct.pack('f', 'x')", "struct.pack('d', None)",
            "struct.pack('d', 10**400)", "struct.pack('e', [1])"]:
    try:
        print(bad, eval(bad))
    except (struct.error, OverflowError) as e:
        print(bad, '->', type(e).__name__, e)


class F:
    def __float__(self):
        return 0.5


print(struct.pack('<d', F()), struct.unpack('<2f', struct.pack('<2f', 0.1, -7.75)))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\x04'), struct.unpack('<e', b'\xff\x7b'))
