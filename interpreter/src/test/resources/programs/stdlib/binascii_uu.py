# binascii.b2a_uu/a2b_uu: line encoding, backtick, short and padded lines, errors.
import binascii

for data in [b'', b'a', b'ab', b'abc', b'hello world', bytes(range(45)), b'\x00\x00\x00']:
    line = binascii.b2a_uu(data)
    print(data[:12], line, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(line) == data)
for line in [b'+:&5L;&\\@=V]R;&0`\n', b'+:&5L;&\\@=V]R;&0 \n', b'', b'\n', b' ', '#86)C\n',
             b'#86\nXX', b'#8\n\n', b'#86\n', b'$86)C\n', b'#8', b'#86)C\n\n  `', b'#86)C\r\n',
             b'#86)C\nX', b'!!!!!', b'"!!!!!!', b'$', b'\x80', b'#86)\x01', b'#86)C   ``  ',
             bytearray(b'#86)C\n'), memoryview(b'"86(`\n')]:
    try:
        print(bytes(line) if not isinstance(line, str) else line, binascii.a2b_uu(line))
    except binascii.Error as e:
        print(line, 'Error:', e)
for bad in [b'x' * 46, 'text']:
    try:
        binascii.b2a_uu(bad)
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_uu('caf\xe9')
except ValueError as e:
    print('ValueError', e)
