# struct: s, p, c, ? and x codes; native alignment versus standard sizes; whitespace in formats.
import struct

print(struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('bi0q'), struct.calcsize('5s2x3p'))
print(struct.calcsize('@c3i'), struct.calcsize('?e'), struct.calcsize('ic'), struct.calcsize('ci'), struct.calcsize('c0l'))
print(struct.calcsize('  i  i  '), struct.calcsize(''), struct.calcsize('0s'), struct.calcsize('<qh'), struct.calcsize('qh'))
print(struct.pack('@bhiq', 1, 2, 3, 4).hex(), struct.pack('>bhiq', 1, 2, 3, 4).hex(), struct.pack('<bhiq', 1, 2, 3, 4).hex())
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'abcdefgh'), struct.pack('3p', b''))
print(struct.pack('0p', b'x'), struct.pack('s', b''), struct.pack('4s', bytearray(b'xy')), struct.pack('300p', b'z' * 300)[:2])
print(struct.unpack('5s2x3p', b'hello\x00\x00\x05ab'), struct.unpack('c?x?', b'z\x02\x00\x00'), struct.unpack('0s', b''))
print(struct.pack('3c', b'a', b'b', b'c'), struct.pack('?', [1]), struct.pack('2?', 0, 'x'), struct.pack('3x'))
print(struct.unpack('@ci', struct.pack('@ci', b'q', -5)), struct.pack('@ci', b'q', -5).hex())
print(struct.pack('!hHl', -2, 2, -3).hex(), struct.unpack('!hHl', bytes.fromhex('fffe0002fffffffd')))
for fmt in ['3', 'z', '<n', '<P', '3 i', 'i<', '4sX']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), '->', e)
for args in [('c', b'ab'), ('c', 'a'), ('c', bytearray(b'a')), ('s', 1), ('p', 'x'), ('3s', 'abc'), ('x', 1)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print(args, '->', e)
