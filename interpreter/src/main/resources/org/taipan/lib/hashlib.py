"""Secure hashes and message digests: Taipan's own hashlib.

The digests come from the JVM (module _hashlib, MessageDigest); BLAKE2 is computed in Python
(_blake2).  A hash object keeps the bytes it has been fed and digests all of them on demand.
"""

import _hashlib
from _blake2 import blake2b, blake2s

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128),
          'sha512_256': (32, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
          'sha3_384': (48, 104), 'sha3_512': (64, 72)}

_java_algorithms = frozenset(_hashlib.algorithms())

algorithms_guaranteed = frozenset(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                                   'blake2b', 'blake2s']) & (_java_algorithms
                                                             | {'blake2b', 'blake2s'})
algorithms_available = frozenset(_java_algorithms | {'blake2b', 'blake2s'})

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError('object supporting the buffer API required') from None


class HASH(object):
    """A hash object of one of the JVM's algorithms."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._chunks = []
        if data:
            self.update(data)

    def update(self, data):
        self._chunks.append(_as_bytes(data))

    def digest(self):
        data = b''.join(self._chunks)
        self._chunks = [data]
        return _hashlib.digest(self.name, data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH.__new__(HASH)
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._chunks = list(self._chunks)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


HASH.__module__ = '_hashlib'


def _constructor(name):
    def construct(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    construct.__name__ = 'openssl_' + name
    construct.__qualname__ = construct.__name__
    return construct


for _name in _java_algorithms:
    globals()[_name] = _constructor(_name)
del _name


def new(name, data=b'', **kwargs):
    key = name.lower() if isinstance(name, str) else name
    if key in ('blake2b', 'blake2s'):
        return globals()[key](data, **kwargs)
    if key not in _java_algorithms:
        raise ValueError('unsupported hash type ' + str(name))
    return HASH(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac as _hmac
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    if not isinstance(iterations, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(iterations).__name__)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    try:
        inner = new(hash_name)
    except ValueError:
        # the message CPython's OpenSSL-backed pbkdf2_hmac gives
        raise ValueError('[digital envelope routines] unsupported') from None
    if dklen is None:
        dklen = inner.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    prf = _hmac.new(password, digestmod=hash_name)
    out = b''
    block = 1
    while len(out) < dklen:
        mac = prf.copy()
        mac.update(salt + block.to_bytes(4, 'big'))
        u = mac.digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            mac = prf.copy()
            mac.update(u)
            u = mac.digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
