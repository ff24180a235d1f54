# str.encode / bytes.decode: codecs, BOMs, error handlers and UnicodeError attributes.
text = 'a\u00e9\u20ac\U0001f600'
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'UTF_32', 'utf-8-sig']:
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text)
for enc in ['ascii', 'latin-1', 'cp1252']:
    for errors in ['replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore', 'namereplace']:
        print(enc, errors, (text + '\ud800').encode(enc, errors))
print('a\udc80\udcff'.encode('utf-8', 'surrogateescape'), '\ud800\udfff'.encode('utf-8', 'surrogatepass'))
raw = b'a\xe2\x82b\xffc\xf0\x90\x80'
for errors in ['replace', 'backslashreplace', 'surrogateescape', 'ignore']:
    print(errors, ascii(raw.decode('utf-8', errors)))
print(ascii(bytes(range(0x80, 0xa0)).decode('cp1252', 'replace')))
print(b'\xff\xfea\x00b\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'\xef\xbb\xbfab'.decode('utf-8-sig'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'xy'), encoding='ascii'), bytes('\u00e9', 'latin-1'))
cases = [
    lambda: 'a\u00e9\u00e9\u20acx'.encode('ascii'),
    lambda: '\u20ac'.encode('latin-1'),
    lambda: 'a\ud800\udc00\ud801'.encode('utf-8'),
    lambda: b'\xff'.decode('ascii'),
    lambda: b'\xe2\x82'.decode(),
    lambda: b'\xf0\x90\x28'.decode(),
    lambda: b'a\x00b'.decode('utf-16'),
    lambda: b'\x00\xd8a\x00'.decode('utf-16-le'),
    lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'),
    lambda: b'\x81'.decode('cp1252'),
]
for f in cases:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason)
        print('   ', e)
for f in [lambda: 'a'.encode('nope'), lambda: '\u00e9'.encode('ascii', 'nope'), lambda: b'\xff'.decode('ascii', 'xmlcharrefreplace'),
          lambda: str('a', 'utf-8'), lambda: str(1, 'utf-8')]:
    try:
        f()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
e = UnicodeEncodeError('ascii', 'x\u00e9', 1, 2, 'bad')
print(e, repr(e), e.args)
e = UnicodeDecodeError('utf-8', b'xy', 0, 2, 'worse')
print(e, e.object)
b'\xc3'.decode()
