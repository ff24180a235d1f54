# bytearray mutation and memoryview basics.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba), ba[0], ba[-3:])
ba[1:3] = b'EE'
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.reverse()
print(ba, ba.find(b'E'), bytes(ba))
ba += b'!'
ba *= 2
print(ba, ba.upper(), type(ba.upper()).__name__)
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    ba.append('x')
except TypeError as e:
    print('TypeError:', e)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray.fromhex('41 42'))
ba2 = bytearray(b'abc')
ba2.remove(98)
print(ba2, ba2.hex(), ba2 == b'ac', ba2.decode())
try:
    ba2.remove(120)
except ValueError as e:
    print('ValueError:', e)
ba2.clear()
print(ba2, bytearray(b'x').copy())
mv = memoryview(b'abcdef')
print(mv[0], mv[1:3].tobytes(), len(mv), mv.readonly, mv.format, mv.itemsize, mv.nbytes)
print(mv.tolist(), bytes(mv[::2]), mv == b'abcdef', mv.hex())
buf = bytearray(b'xyz')
m = memoryview(buf)
m[0] = ord('X')
print(buf, m.readonly, m[1:].tobytes())
try:
    memoryview(b'ro')[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError:', e)
m.release()
try:
    m[0]
except ValueError as e:
    print('ValueError:', e)
with memoryview(b'ctx') as cm:
    print(cm.tobytes())
