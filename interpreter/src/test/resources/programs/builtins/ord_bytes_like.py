# ord() of a one-character str, bytes or bytearray, subclasses included.
class B(bytes):
    pass
class BA(bytearray):
    pass
class S(str):
    pass

for x in ['a', '\U0001f600', S('z'), b'a', b'\xff', B(b'q'), bytearray(b'a'),
          bytearray(b'\x80'), BA(b'r'), bytearray(b''), bytearray(b'ab'), b'', B(b'xy'),
          "", "ab", 97, None]:
    try:
        print(repr(x), ord(x))
    except TypeError as e:
        print(repr(x), 'TypeError:', e)
try:
    ord(memoryview(b'a'))
except TypeError as e:
    print('memoryview TypeError:', e)
