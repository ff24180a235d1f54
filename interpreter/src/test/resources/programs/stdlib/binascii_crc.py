# binascii: CRC-32 and CRC-CCITT on chunks, hex separators, round trips
import binascii

chunks = [b'The quick ', b'brown fox ', b'jumps over ', b'the lazy dog']
crc = 0
for c in chunks:
    crc = binascii.crc32(c, crc)
    print(c, crc, hex(crc))
print(crc == binascii.crc32(b''.join(chunks)))
h = 0xFFFF
for c in chunks:
    h = binascii.crc_hqx(c, h)
print(h, h == binascii.crc_hqx(b''.join(chunks), 0xFFFF), binascii.crc_hqx(b'123456789', 0))
print(binascii.crc32(b'123456789'), binascii.crc32(bytearray(b'xyz')), binascii.crc32(memoryview(b'xyz')))
for sep, n in [('-', 1), (':', 2), (' ', -3), (b'_', 4), ('.', -1)]:
    print(repr(sep), n, binascii.hexlify(b'\x01\x02\x03\x04\x05\x06\x07', sep, n))
for data in [b'', b'\x00', b'abc', bytes(range(250, 256))]:
    hx = binascii.b2a_hex(data)
    b64 = binascii.b2a_base64(data)
    print(data, hx, b64, binascii.a2b_hex(hx) == data, binascii.a2b_base64(b64) == data)
print(binascii.unhexlify(bytearray(b'0aFF')), binascii.a2b_base64(bytearray(b'YQ==')))
