# Out-of-range byte values: bytes() says "bytes must be...", bytearray and its methods "byte must be...".
def error(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
error('bytes list', lambda: bytes([256]))
error('bytes negative', lambda: bytes([-1]))
error('bytes range', lambda: bytes(range(250, 260)))
error('bytearray list', lambda: bytearray([256]))
error('bytearray range', lambda: bytearray(range(257)))
error('append', lambda: bytearray(b'a').append(256))
error('extend', lambda: bytearray(b'a').extend([256]))
error('setitem', lambda: bytearray(b'ab').__setitem__(0, 256))
error('insert', lambda: bytearray(b'a').insert(0, -1))
error('slice', lambda: bytearray(b'a').__setitem__(slice(0, 1), [300]))
error('remove', lambda: bytearray(b'a').remove(300))
error('count', lambda: bytearray(b'a').count(300))
error('find', lambda: b'a'.find(300))
error('in', lambda: 300 in b'a')
error('ok', lambda: (bytes([0, 255]), bytearray([1, 2]), 255 in b'\xff'))
