# hmac: HMAC objects with string, module and constructor digestmods; digest(); update/copy
import hashlib
import hmac

m = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256')
print(m.name, m.digest_size, m.block_size, m.hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest())
print(hmac.new(b'', b'', 'sha1').hexdigest())
m = hmac.new(b'secret', digestmod=hashlib.sha512)
m.update(b'part one, ')
snapshot = m.copy()
m.update(b'part two')
print(m.hexdigest()[:32], snapshot.hexdigest()[:32])
print(m.digest() == hmac.new(b'secret', b'part one, part two', 'sha512').digest())
long_key = b'k' * 200
print(hmac.digest(long_key, b'msg', 'sha256').hex())
print(hmac.new(long_key, b'msg', 'sha256').hexdigest() == hmac.digest(long_key, b'msg', 'sha256').hex())
print(hmac.new(bytearray(b'key'), b'x', 'sha3_256').hexdigest())
print(hmac.new(b'key', b'x', 'blake2b').hexdigest()[:32], hmac.new(b'key', b'x', 'blake2s').name)
