# pickle: every protocol 0-5 writes the same bytes as CPython for the built-in types
import pickle

values = [None, True, False, 0, 255, 256, 65536, -1, -2**31, 2**31, 2**63, -2**70, 1.5, -0.0, float('inf'),
          '', 'abc', 'a\\b\n\r\x00\x1a\u1234\U0001F600\xe9', 'x' * 300, b'', b'ab\xff', b'y' * 300,
          bytearray(b'ba'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a', None],
          {}, {'a': 1}, {1: 2, 3: 4}, set(), {1, 2, 3}, frozenset(), frozenset({4}), 1j, range(1, 5, 2), slice(1, 2)]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v)
        print(proto, repr(v)[:30], data if len(data) < 90 else (len(data), data[:40], data[-20:]), '' if same else 'DIFFERS')

# batches of 1000 items: exact lists, dicts and sets
for v in [list(range(1001)), list(range(2000)), dict.fromkeys(range(1001)), dict.fromkeys(range(2000)), set(range(1000))]:
    for proto in (0, 1, 2, 4):
        data = pickle.dumps(v, proto)
        print(proto, type(v).__name__, len(v), len(data), data[-14:], pickle.loads(data) == v)

# memo: shared and recursive references, in every protocol
shared = [1, 2]
rec = []
rec.append(rec)
rtup = ([],)
rtup[0].append(rtup)
for proto in range(6):
    data = pickle.dumps([shared, shared, 'same', 'same'], proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1])
    data = pickle.dumps(rec, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back)
    data = pickle.dumps(rtup, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(7, -1), pickle.dumps(7)[:2])
