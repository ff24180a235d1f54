# marshal: bytes of None, bools, ints of every size, floats, complex numbers, str and bytes.
import marshal

values = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 255, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**100, -(2**65), 10**20, 32767, 32768, 2**45 - 1, 1.5, -0.0, 0.1, float('inf'), float('-inf'), 1e300,
          1 + 2j, -0.5j, 'abc', '', 'hello world', 'é', '😀', 'a' * 300, 'name_1', 'x' * 255, 'x' * 256,
          'surrogate \udcff', b'bytes', b'', bytes(range(256))]
for value in values:
    data = marshal.dumps(value)
    back = marshal.loads(data)
    print(repr(value)[:40], data[:48].hex(), len(data), back == value or (back != back and value != value), type(back).__name__)
nan = float('nan')
data = marshal.dumps(nan)
print(data.hex(), marshal.loads(data) != marshal.loads(data))
print(marshal.version, marshal.loads(b'\xe9\x01\x00\x00\x00'), marshal.loads(b'i\xff\xff\xff\xff'), marshal.loads(b'\xda\x03abc'))
print(marshal.loads(memoryview(b'N')), marshal.loads(bytearray(b'T')), marshal.loads(b'N trailing bytes are ignored'))
