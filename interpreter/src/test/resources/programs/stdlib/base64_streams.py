# base64: encode/decode between binary streams, MIME line wrapping, text inputs
import base64, io

data = bytes(range(256)) * 2
src = io.BytesIO(data)
out = io.BytesIO()
base64.encode(src, out)
text = out.getvalue()
print(len(text), text.count(b'\n'), text[:80], text[-30:])
print(all(len(line) <= 76 for line in text.splitlines()))
back = io.BytesIO()
base64.decode(io.BytesIO(text), back)
print(back.getvalue() == data)
wrapped = base64.encodebytes(b'short')
print(wrapped, base64.decodebytes(wrapped), base64.encodebytes(b''))
print(base64.decodebytes(b'c2hv\ncnQ=\n'), base64.decodebytes(bytearray(b'YWJj')))
for s in ['aGVsbG8=', 'aGVs\nbG8=', 'aGVs bG8=', ' aGVsbG8= ']:
    print(repr(s), base64.b64decode(s), base64.standard_b64decode(s))
print(base64.urlsafe_b64decode('_-8='), base64.urlsafe_b64encode(b'\xff\xef\xbf'))
print(base64.b32decode(b'ON2HE2LOM4======'), base64.b16decode(b'DEADBEEF'), base64.b85decode('VPa!sWoBn+'))
print(base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True), base64.a85encode(b'\0\0\0\0xyz'))
for bad in (lambda: base64.decodebytes('text'), lambda: base64.b32decode('ON2HE2LOM4=====0'),
            lambda: base64.a85decode(b'abc~>', adobe=True) and base64.a85decode(b'zz!a', adobe=False),
            lambda: base64.a85decode(b'<~abc', adobe=True), lambda: base64.b85decode(b'~~~~~')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
