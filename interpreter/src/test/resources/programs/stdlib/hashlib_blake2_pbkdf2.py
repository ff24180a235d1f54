# hashlib: blake2b/blake2s with their parameters, pbkdf2_hmac, file_digest
import hashlib
import io

for data in [b'', b'hi', b'x' * 64, b'x' * 128, b'x' * 129, b'abc' * 1000]:
    print(len(data), hashlib.blake2b(data).hexdigest()[:32], hashlib.blake2s(data).hexdigest()[:32])
print(hashlib.blake2b(b'hi', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'hi' * 100, digest_size=16, key=b'key').hexdigest())
b = hashlib.blake2b(digest_size=32)
b.update(b'first ')
c = b.copy()
b.update(b'second')
print(b.hexdigest(), c.hexdigest(), b.name, b.digest_size, b.block_size)
print(hashlib.new('blake2s', b'abc', digest_size=8).hexdigest())
for kwargs in [{'digest_size': 65}, {'key': b'k' * 65}, {'salt': b's' * 17}, {'person': b'p' * 17}]:
    try:
        hashlib.blake2b(**kwargs)
    except ValueError as e:
        print('ValueError', e)

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100, 40).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl', 5, dklen=10).hex())
for args in [('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0), ('nope', b'p', b's', 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print('ValueError', e)

print(hashlib.file_digest(io.BytesIO(b'file contents'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'file contents'), hashlib.md5).hexdigest())
