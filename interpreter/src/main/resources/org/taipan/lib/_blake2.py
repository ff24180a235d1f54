"""BLAKE2b and BLAKE2s (RFC 7693) in Python: the JVM has no BLAKE2 MessageDigest."""

_IV64 = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
         0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)
_IV32 = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
_SIGMA = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
          (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
          (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
          (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
          (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
          (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
          (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
          (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
          (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
          (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0))


class _Blake2(object):
    def __init__(self, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError('digest_size must be between 1 and %d bytes'
                             % self.MAX_DIGEST_SIZE)
        key, salt, person = bytes(key), bytes(salt), bytes(person)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError('maximum key length is %d bytes' % self.MAX_KEY_SIZE)
        if len(salt) > self.SALT_SIZE:
            raise ValueError('maximum salt length is %d bytes' % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError('maximum person length is %d bytes' % self.PERSON_SIZE)
        self.digest_size = digest_size
        width = self._WORD // 8
        h = list(self._IV)
        h[0] ^= digest_size | (len(key) << 8) | (fanout << 16) | (depth << 24) \
            | (leaf_size << 32 if width == 8 else 0)
        if width == 4:
            h[1] ^= leaf_size
            h[2] ^= node_offset & 0xFFFFFFFF
            h[3] ^= (node_offset >> 32) | (node_depth << 16) | (inner_size << 24)
        else:
            h[1] ^= node_offset
            h[2] ^= node_depth | (inner_size << 8)
        salt = salt.ljust(self.SALT_SIZE, b'\0')
        person = person.ljust(self.PERSON_SIZE, b'\0')
        h[4] ^= int.from_bytes(salt[:width], 'little')
        h[5] ^= int.from_bytes(salt[width:], 'little')
        h[6] ^= int.from_bytes(person[:width], 'little')
        h[7] ^= int.from_bytes(person[width:], 'little')
        self._h = h
        self._count = 0
        self._buffer = b''
        self._last_node = last_node
        if key:
            self._buffer = key.ljust(self.block_size, b'\0')
        if data:
            self.update(data)

    def _compress(self, block, last):
        bits = self._WORD
        mask = (1 << bits) - 1
        r1, r2, r3, r4 = self._ROT
        width = bits // 8
        m = [int.from_bytes(block[i:i + width], 'little') for i in range(0, len(block), width)]
        v = self._h + list(self._IV)
        v[12] ^= self._count & mask
        v[13] ^= (self._count >> bits) & mask
        if last:
            v[14] ^= mask
            if self._last_node:
                v[15] ^= mask

        def mix(a, b, c, d, x, y):
            v[a] = (v[a] + v[b] + x) & mask
            t = v[d] ^ v[a]
            v[d] = ((t >> r1) | (t << (bits - r1))) & mask
            v[c] = (v[c] + v[d]) & mask
            t = v[b] ^ v[c]
            v[b] = ((t >> r2) | (t << (bits - r2))) & mask
            v[a] = (v[a] + v[b] + y) & mask
            t = v[d] ^ v[a]
            v[d] = ((t >> r3) | (t << (bits - r3))) & mask
            v[c] = (v[c] + v[d]) & mask
            t = v[b] ^ v[c]
            v[b] = ((t >> r4) | (t << (bits - r4))) & mask

        for rnd in range(self._ROUNDS):
            s = _SIGMA[rnd % 10]
            mix(0, 4, 8, 12, m[s[0]], m[s[1]])
            mix(1, 5, 9, 13, m[s[2]], m[s[3]])
            mix(2, 6, 10, 14, m[s[4]], m[s[5]])
            mix(3, 7, 11, 15, m[s[6]], m[s[7]])
            mix(0, 5, 10, 15, m[s[8]], m[s[9]])
            mix(1, 6, 11, 12, m[s[10]], m[s[11]])
            mix(2, 7, 8, 13, m[s[12]], m[s[13]])
            mix(3, 4, 9, 14, m[s[14]], m[s[15]])
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(memoryview(data))
        buffer = self._buffer + data
        size = self.block_size
        # keep the last block (even a full one) for digest(), which flags it as final
        while len(buffer) > size:
            self._count += size
            self._compress(buffer[:size], False)
            buffer = buffer[size:]
        self._buffer = buffer

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._h = list(self._h)
        return other

    def digest(self):
        state = self.copy()
        state._count += len(state._buffer)
        state._compress(state._buffer.ljust(self.block_size, b'\0'), True)
        width = self._WORD // 8
        out = b''.join(word.to_bytes(width, 'little') for word in state._h)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()


class blake2b(_Blake2):
    name = 'blake2b'
    block_size = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16
    _WORD = 64
    _ROUNDS = 12
    _ROT = (32, 24, 16, 63)
    _IV = _IV64


class blake2s(_Blake2):
    name = 'blake2s'
    block_size = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8
    _WORD = 32
    _ROUNDS = 10
    _ROT = (16, 12, 8, 7)
    _IV = _IV32
