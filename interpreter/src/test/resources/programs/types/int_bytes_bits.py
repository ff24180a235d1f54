# to_bytes/from_bytes, bit_length, bit_count, bitwise operators on negative numbers.
for n in [0, 1, 255, 256, 65535, 2 ** 64]:
    print(n, n.bit_length(), n.to_bytes((n.bit_length() + 7) // 8 or 1, 'big'))
print((1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((-129).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes([1, 2, 3], 'big'), (5).to_bytes(), int.from_bytes(b'\x05'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError:', e)
for n in [0, 7, 255, -1, -8, 2 ** 100 - 1]:
    print(n, bin(n), n.bit_count())
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 3, -5 | 3, -5 ^ 3, ~-1)
print(-12 & 0xff, 2 ** 70 & -2 ** 69, -(2 ** 70) | 1)
print(1 << 0, 3 << 5, 1024 >> 3, -1024 >> 3, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
print((12).as_integer_ratio(), (12).numerator, (12).denominator, (12).real, (12).imag)
print((7).conjugate(), int.bit_length(8))
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__)
