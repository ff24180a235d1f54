# pickle: errors (bad reductions, bad arguments, truncated and malformed data), protocol 5's
# PickleBuffer and out-of-band buffers, and 64 KiB framing of large pickles
import pickle, io

def attempt(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class ReturnsInt:
    def __reduce__(self): return 5
class TooShort:
    def __reduce__(self): return (TooShort,)
class NotCallable:
    def __reduce__(self): return (1, ())
class ListArgs:
    def __reduce__(self): return (ListArgs, [])
class BadItems:
    def __reduce__(self): return (BadItems, (), None, 5)
for cls in (ReturnsInt, TooShort, NotCallable, ListArgs, BadItems):
    print(cls.__name__, attempt(lambda: pickle.dumps(cls())))
print(attempt(lambda: pickle.dumps(1, 6)), attempt(lambda: pickle.Pickler(1)), attempt(lambda: pickle.Unpickler(1)))
print(attempt(lambda: pickle.dumps(1, 4, buffer_callback=print)), attempt(lambda: pickle.loads('text')))
for data in [b'', b'\xff', b'x', b'\x80\x04\x95\x05', b'K', b'.', b'h\x05.', b'(.', b'a.', b'K\x01(.', b'(K\x01a.', b'(K\x01.',
             b'0.', b'1.', b'(1.', b'2.', b'P1\n.', b'\x80\x06.', b'I1x\n.', b"S'a'\n.", b'Sabc\n.', b'U\x02ab.', b'T\x02\x00\x00\x00ab.',
             b'b.', b'N(b.', b']Nb.', b'\x8a\x00.', b'\x85.', b'j\x00\x00\x00\x00.', b'g1\n.', b'\x94.', b'Nq\x00h\x00\x8b\x00\x00\x00\x80.',
             b'\x80\x05\x97.', b'\x82\x01.', b'Vab\\u00e9\\U0001f600\n.', b'(I1\nI2\nl.', b'(dp0\nVa\nI1\ns.']:
    print(data, attempt(lambda: pickle.loads(data)))
print(attempt(lambda: pickle.loads(b'\x80\x05\x97.', buffers=[])))
print(attempt(lambda: pickle.loads(b'U\x02\xff\xfe.', encoding='bytes')), attempt(lambda: pickle.loads(b'U\x02\xff\xfe.', encoding='latin1')))
print(attempt(lambda: pickle.dumps(pickle.PickleBuffer(b'ab'), 4)))
print(pickle.dumps(pickle.PickleBuffer(b'ab'), 5), pickle.dumps(pickle.PickleBuffer(bytearray(b'ab')), 5))
buffers = []
data = pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'xy'))], 5, buffer_callback=buffers.append)
print(data, len(buffers), [bytes(b) for b in pickle.loads(data, buffers=buffers)])
print(pickle.dumps(pickle.PickleBuffer(b'abc'), 5, buffer_callback=lambda b: True))

def frames(data):
    found, i = [], 2
    while i < len(data) and data[i] == 0x95:
        n = int.from_bytes(data[i + 1:i + 9], 'little')
        found.append((i, n))
        i += 9 + n
    return found
for obj in [[i * 10**12 for i in range(9000)], ['y' * 40000, 'z' * 40000, 1], ['a' * 65530, 'b'], {i: bytes(40) for i in range(3000)},
            [('a' * 30000,) * 3], [['a' * 65000, 'b' * 1000], 5], [b'x' * 70000, 1, b'y' * 10], ['q' * 65536], [bytearray(70000)]]:
    for proto in (4, 5):
        data = pickle.dumps(obj, proto)
        print(proto, len(data), frames(data), data[:14], data[-24:], pickle.loads(data) == obj)
