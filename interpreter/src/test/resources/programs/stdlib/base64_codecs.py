# base64: Base64/urlsafe/Base32/Base16/Base85/Ascii85 round trips and errors
import base64

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7)),
           b'\xff\xfe\xfd\xfc', b'\x00\x00\x00\x00 pad', b'    spaces    ']
for s in samples:
    e64 = base64.b64encode(s)
    print(e64, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
    print('  ', base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s))
    assert base64.b64decode(e64) == s and base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s and base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s and base64.a85decode(base64.a85encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
print(base64.b32hexencode(b'hex alphabet'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b64decode('SGVsbG8sIHdvcmxkIQ=='), base64.b64decode(b'SGVs bG8\n=='), base64.b64decode('-_8=', altchars='-_'))
print(base64.b32decode('mzxw6ytboi======', casefold=True), base64.b32decode('MZXW6YTB01======', map01='I'))
print(base64.b16decode('666f6f', casefold=True), base64.standard_b64decode(base64.standard_b64encode(b'std')))
print(base64.a85encode(b'The quick brown fox', adobe=True, wrapcol=10), base64.a85encode(b'    ', foldspaces=True))
print(base64.a85decode(b'<~<+ohcEHPu*~>', adobe=True), base64.a85decode(b'y', foldspaces=True), base64.a85decode(b'z'))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(base64.encodebytes(b'y' * 60)))
print(base64.b64encode(bytearray(b'ba')), base64.b64encode(memoryview(b'mv')))
for bad in (lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'),
            lambda: base64.b64decode('ab!c==', validate=True), lambda: base64.b64decode('é'),
            lambda: base64.b64encode('text'), lambda: base64.b64decode(3),
            lambda: base64.b32decode('ABC'), lambda: base64.b32decode('ABCDEFG1'),
            lambda: base64.b32decode('AA======='[:8] + 'A' * 0 + '', casefold=False),
            lambda: base64.b16decode('abc0'), lambda: base64.b16decode('0G'),
            lambda: base64.b85decode(b'|NsC0~'), lambda: base64.a85decode(b'xyz'),
            lambda: base64.encodebytes('s')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
