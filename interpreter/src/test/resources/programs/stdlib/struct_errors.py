# struct: the error messages of bad formats, bad arguments and short or misaligned buffers.
import struct

tests = ["struct.pack('i', 'x')", "struct.pack('i')", "struct.pack('i', 1, 2)", "struct.unpack('i', b'ab')",
         "struct.unpack_from('i', b'ab', 0)", "struct.unpack_from('i', b'abcdef', 4)",
         "struct.unpack_from('i', b'abcdef', -1)", "struct.unpack_from('i', b'abcdef', -9)",
         "struct.iter_unpack('i', b'abc')", "struct.iter_unpack('', b'')",
         "struct.pack_into('i', bytearray(5), 2, 1)", "struct.pack_into('i', bytearray(5), -9, 1)",
         "struct.pack_into('i', bytearray(5), -2, 1)", "struct.pack_into('i', b'12345', 0, 1)",
         "struct.pack_into('i', bytearray(8), 0)", "struct.pack('i', 1.5)", "struct.pack('i', None)",
         "struct.unpack('i', 'abcd')", "struct.pack(1, 2)", "struct.Struct('i').pack('x')",
         "struct.unpack('3s', b'ab')", "struct.pack('9999999999999999999999s', b'')", "struct.Struct(3)",
         "struct.Struct('i').unpack(b'')", "struct.calcsize()", "struct.error('custom')"]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '->', type(e).__module__, type(e).__name__, e)
print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
try:
    struct.pack('>h', 40000)
except struct.error as e:
    print(type(e).__name__, e.args)
