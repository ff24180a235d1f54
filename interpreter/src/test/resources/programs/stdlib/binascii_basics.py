# binascii: hex and base64 conversions, CRCs and the error type
import binascii

data = b'Taipan \x00\x01\xfe\xff binascii'
print(binascii.hexlify(data), binascii.b2a_hex(b'\xb9\x01\xef', '-'), binascii.hexlify(b'\xb9\x01\xef\x42', b':', 2))
print(binascii.hexlify(b'\xb9\x01\xef\x42\x10', ' ', -2), binascii.unhexlify('7461697061 6e'[0:10]), binascii.a2b_hex(b'FFfe'))
print(binascii.b2a_base64(data), binascii.b2a_base64(b'ab', newline=False))
print(binascii.a2b_base64(b'VGFpcGFu\n'), binascii.a2b_base64('YWJj'), binascii.a2b_base64(b'Y W\nJ j ! ='))
print(binascii.a2b_base64(b'YQ==extra'), binascii.a2b_base64(b'YQ=a='), binascii.a2b_base64(b''))
for v in (b'', b'a', b'hello world', data, bytes(range(256))):
    print(binascii.crc32(v), binascii.crc_hqx(v, 0), binascii.crc_hqx(v, 0xFFFF))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'))
print(binascii.crc32(b'abc', 0xFFFFFFFF), binascii.crc32(b'abc', -1))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
for bad in (lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'),
            lambda: binascii.a2b_base64(b'abc'), lambda: binascii.a2b_base64(b'abcde'),
            lambda: binascii.a2b_base64(b'YQ=', strict_mode=True),
            lambda: binascii.a2b_base64(b'=YQ==', strict_mode=True),
            lambda: binascii.a2b_base64(b'YQ==a', strict_mode=True),
            lambda: binascii.a2b_base64(b'Y!Q==', strict_mode=True),
            lambda: binascii.a2b_base64(b'YQ=b=', strict_mode=True),
            lambda: binascii.b2a_base64('str'), lambda: binascii.crc32('str'),
            lambda: binascii.a2b_hex('ü')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
