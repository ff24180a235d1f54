# marshal errors: unmarshallable objects, bad and truncated data, wrong argument types.
import marshal


class S(str):
    pass


class L(list):
    pass


for value in [object(), lambda: 1, [object()], {1: {object}}, S('x'), L([1]), bytearray(b'x'), range(3), print]:
    try:
        marshal.dumps(value)
        print('dumped', type(value).__name__)
    except ValueError as e:
        print(type(value).__name__, 'ValueError:', e)
for data in [b'', b'i\x01', b'?', b'[\x02\x00\x00\x00i\x01\x00\x00\x00', b'r\x05\x00\x00\x00', b'l\x01\x00\x00\x00\xff\xff',
             b'{i\x01\x00\x00\x00', b's\x05\x00\x00\x00ab', b'z\x05ab', b'0', b'(\xff\xff\xff\x7f',
             b'[\xff\xff\xff\x7f', b'l\xff\xff\xff\x7f', b's\xff\xff\xff\x7f', b'<\xff\xff\xff\x7f', b'u\xff\xff\xff\x7f',
             b'(\xff\xff\xff\xff']:
    try:
        print(marshal.loads(data))
    except (EOFError, ValueError, TypeError) as e:
        print(data, type(e).__name__ + ':', e)
for bad in [lambda: marshal.loads('N'), lambda: marshal.loads(1), lambda: marshal.dumps(), lambda: marshal.load(None),
            lambda: marshal.dumps(1, version=2)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(marshal.loads(marshal.dumps(True)), marshal.dumps(1.0), marshal.dumps(True), marshal.dumps(False, 0))
