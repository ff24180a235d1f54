# bytes: literals, indexing gives ints, methods, hex/fromhex, repr, errors.
b = b'hello world'
print(b, b[0], b[-1], b[1:4], b[::-1], len(b), type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b'o', b'0'), b.find(b'world'), b.count(b'l'))
print(b.startswith(b'he'), b'lo' in b, 104 in b, b.index(b'w'), b.strip(b'hd'))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('é', 'utf-8'), bytes())
print(b'\x00\x01\xff'.hex(), b'abc'.hex('-'), bytes.fromhex('de ad be ef'), bytes.fromhex(''))
print(repr(b'\t\n\r\\\'"'), repr(b"'"), repr(b'"\''), b'\x7f\x80')
print(b'a' + b'b', b'ab' * 3, b'a' < b'b', b'abc' == b'abc', b'x' == 'x')
print(list(b'abc'), b' '.join([b'a', b'b']), b'a,b'.split(b','), b'  x  '.strip())
print(b'abc'.decode(), b'ABC'.lower(), b'hello'.title(), b'12'.isdigit(), b'ab'.isalpha())
print(b'%d bytes' % 5, b'abc'.center(7, b'*'), b'5'.zfill(3), b'a-b'.partition(b'-'))
for bad in [lambda: bytes([256]), lambda: bytes('x'), lambda: b'a' + 'b', lambda: bytes.fromhex('zz'),
            lambda: b'abc'[5], lambda: bytes(-1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(hash(b'abc') == hash(b'abc'), b'abc'.translate(None, b'b'), bytes.maketrans(b'a', b'z')[97])
print(b'abc'.endswith((b'c', b'x')), b''.join([]), bytes(memoryview(b'mv')), b'a\x00b'.split(b'\x00'))
