# pickle: protocol 4/5 pickles of the basic types, byte for byte; memo, recursion, batching
import pickle
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**64, -2**70, 10**100, 0.0, -0.0, 1.5, -2.25e-310, 1e300, float('inf'),
          '', 'abc', 'é' * 3, 'x' * 300, b'', b'\x00\xff', b'y' * 300, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a', None], {}, {'a': 1},
          {'a': [1, 2], 'b': (3,)}, set(), {1, 2, 3}, frozenset({4}), list(range(2500))]
for v in values:
    for proto in (4, 5):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        assert back == v or v != v, (v, back)
    print(repr(v)[:40], pickle.dumps(v)[:60])
shared = [1, 2]
obj = [shared, shared, 'same', 'same']
data = pickle.dumps(obj); print(data); back = pickle.loads(data); print(back, back[0] is back[1])
rec = []; rec.append(rec); data = pickle.dumps(rec); print(data); b = pickle.loads(data); print(b[0] is b)
print(pickle.dumps(bytearray(b'ab'), 5), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
