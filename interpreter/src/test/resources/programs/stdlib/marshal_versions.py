# marshal versions 0 to 4: text floats, no references before 3, short ASCII strings from 4.
import marshal

s = 'text'
values = [1, 1.5, 0.1, 1e300, -2.5e-10, 1e16, 1e17, 0.0001, 0.00001, float('inf'), -0.0, 1 / 3, 1j, 2.5 - 3j,
          'abc', 'a b', 'é', b'b', (1, 'x'), [s, s], {'k': ('text', 'text')}, frozenset([1]), 2**70, True, None]
for version in range(5):
    print('version', version)
    for value in values:
        data = marshal.dumps(value, version)
        back = marshal.loads(data)
        print(' ', repr(value)[:30], data.hex(), back == value)
print(marshal.dumps([1000, 1000], 2), marshal.dumps(('abc', 'abc'), 2), marshal.dumps(['é'], 2))
print(marshal.loads(b'f\x031.5'), marshal.loads(b'x\x010\x011'), marshal.loads(b'u\x03\x00\x00\x00abc'), marshal.loads(b'\xf4\x03\x00\x00\x00abc'))
