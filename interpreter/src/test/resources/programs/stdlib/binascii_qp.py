# binascii.b2a_qp/a2b_qp: which bytes are quoted, trailing whitespace, soft line breaks at
# 76 columns, CRLF documents, binary mode, header mode ('_' for space) and decoding.
import binascii

SAMPLES = [b'hello', b'a=b', b'tab\there', b'trail \n', b'trail\t\nx', b'two  \r\nx', b'end ',
           b'end\t', b'.\n', b'.x\n', b'a\n.\n', b'.', b'.\r\n', b'x\r\ny', b'a\rb', b'a \rb',
           b'caf\xe9', b'\x00\x7f\x7e', b'_ under', b'x' * 80, b'x' * 75 + b'=',
           b'x' * 74 + b'\xff\xff', b'x' * 73 + b'\xff', b'a b\r\nc' + b'y' * 80,
           b'line1\nline2\r\nline3', b'x' * 76, b'x' * 75, b'x' * 77, b'x' * 76 + b'\n' + b'z' * 3,
           b' ' * 80, b'\t' * 30, b'', b'\n', b'\r\n\r\n', b'=' * 30, bytes(range(0, 256, 7))]
for data in SAMPLES:
    print(data[:24], len(data))
    for kwargs in ({}, {'quotetabs': True}, {'istext': False}, {'header': True},
                   {'quotetabs': True, 'header': True}):
        encoded = binascii.b2a_qp(data, **kwargs)
        back = binascii.a2b_qp(encoded, header=kwargs.get('header', False))
        print('   ', kwargs, encoded, back == data or back == data.replace(b'\r\n', b'\n'))
for text in [b'a=3Db', b'a=3db', b'soft=\nbreak', b'soft=\r\nbreak', b'soft=  \nx', b'end=',
             b'a==b', b'a=zz', b'a=4', b'a=4g', b'under_score', b'x=\rq', b'=\n', b'a=0A=0D',
             '=41=42', b'tab\t\n', bytearray(b'=C3=A9'), memoryview(b'a_b=5F')]:
    print(text if isinstance(text, str) else bytes(text), binascii.a2b_qp(text), binascii.a2b_qp(text, header=True))
for bad in ['text', 3]:
    try:
        binascii.b2a_qp(bad)
    except TypeError as e:
        print('TypeError', e)
print(binascii.b2a_qp(data=b'x y', header=True), binascii.a2b_qp(data=b'x_y', header=True))
