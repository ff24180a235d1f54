# hashlib: the guaranteed algorithms - names, sizes, digests, update/copy, new(), errors
import hashlib

print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith('shake')))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available | {'shake_128', 'shake_256'})
for name in sorted(hashlib.algorithms_guaranteed):
    if name.startswith('shake'):
        continue
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    longer = h.copy()
    longer.update(b'x' * 300)
    print('  copy', longer.hexdigest()[:16], 'original', h.hexdigest()[:16])

print(hashlib.sha256(b'').hexdigest())
print(hashlib.md5(b'hello world').digest())
print(hashlib.sha1(b'hello ' + b'world').hexdigest() == hashlib.sha1(b'hello world').hexdigest())
h = hashlib.sha256()
for piece in [b'split ', bytearray(b'across '), memoryview(b'updates')]:
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(b'split across updates').hexdigest())
print(hashlib.new('SHA256', b'a').hexdigest()[:16], hashlib.new('md5').hexdigest())
print(hashlib.sha3_256(bytearray(b'abc')).hexdigest()[:16], len(hashlib.sha512().digest()))
print(hashlib.sha224(('é' * 10).encode()).hexdigest())

for bad in [lambda: hashlib.sha1('text'), lambda: hashlib.new('nope'),
            lambda: hashlib.sha1(5), lambda: hashlib.md5().update('x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
