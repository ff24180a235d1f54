# bytearray mutation, buffer exports through memoryview, bytes construction and %-formatting.
ba = bytearray(b'hello')
ba += b' world'
ba[0] = 72
ba[1:3] = b'EE'
del ba[-1]
ba.extend(range(65, 68))
ba.insert(0, 33)
print(ba, ba.pop(), ba.pop(0), len(ba))
ba[::2] = b'x' * len(ba[::2])
print(ba)
del ba[::3]
print(ba)
ba *= 2
print(ba, ba.count(b'x'), ba.find(b'o'), ba.rindex(120), b'E' in ba, 79 in ba)
ba.remove(ord('E'))
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
with memoryview(ba) as locked:
    try:
        ba.append(1)
    except BufferError as e:
        print('BufferError:', e)
m = memoryview(ba)
m[0] = 122
m[1:3] = b'QQ'
print(ba[:4], m.tobytes()[:4], m.readonly, m.nbytes == len(ba), m[::2].tolist()[:3])
m.release()
ba.append(1)
print(len(ba), ba[-1])
with memoryview(b'abc') as mv:
    print(mv[1], mv.tolist(), bytes(mv), mv.format, mv.itemsize, mv.readonly, mv.shape, mv == b'abc')
try:
    mv[0]
except ValueError as e:
    print('ValueError:', e)
for bad in [lambda: bytearray(b'a').append(256), lambda: bytearray().pop(), lambda: bytearray(b'a').remove(9),
            lambda: bytearray(b'abc').__setitem__(slice(0, 3, 2), b'x'), lambda: hash(bytearray()),
            lambda: memoryview(b'ab').__setitem__(0, 1), lambda: bytes(-1), lambda: bytes('a'), lambda: b'a' + 'b']:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(bytes(3), bytes([1, 2]), bytes(range(3)), bytes(bytearray(b'z')), bytearray('ab', 'ascii'), bytes.fromhex('de ad'))
print(b'%s-%d-%x-%c-%5.1f|%-4b|' % (b'x', 5, 255, 65, 2.25, bytearray(b'y')), b'%(k)s' % {b'k': b'v'})
print(b'abc'.hex(':'), bytearray(b'\x00\xff').hex(), b'a,b,,c'.split(b','), b'  x  '.strip(), b'ab'.center(6, b'*'))
print(list(b'hi'), [x for x in bytearray(b'hi')], type(iter(b'')).__name__, type(iter(bytearray())).__name__)
print(bytearray(b'ab').__reduce__(), b'Hello'.swapcase(), b'hello world'.title(), b'ABC'.isupper())
