"""UUID objects (RFC 4122): Taipan's own uuid.

A UUID wraps one 128-bit integer; every other view (hex, bytes, fields, ...) is computed from
it.  uuid3/uuid5 hash a namespace with a name, uuid4 is random, and uuid1 combines the clock
with a random node (Taipan never reads the hardware address).
"""

import os
from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int
_bytes = bytes

# The six RFC 4122 fields, most significant first: (bit width, shift within the integer).
_FIELD_LAYOUT = ((32, 96), (16, 80), (16, 64), (8, 56), (8, 48), (48, 0))
_BAD_HEX = 'badly formed hexadecimal UUID string'


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(raw):
    """Turn the little-endian layout of the first three fields into big-endian (or back)."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError(_BAD_HEX)
    try:
        return _int(digits, 16)
    except ValueError:
        raise ValueError(_BAD_HEX) from None


def _from_bytes(raw, label):
    if len(raw) != 16:
        raise ValueError(label + ' is not a 16-char string')
    return raw


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    total = 0
    for position, (value, (width, shift)) in enumerate(zip(fields, _FIELD_LAYOUT), 1):
        if value < 0 or value >> width:
            raise ValueError('field %d out of range (need a %d-bit value)' % (position, width))
        total |= value << shift
    return total


def _stamp_version(value, version):
    if version < 1 or version > 5:
        raise ValueError('illegal version number')
    variant_mask = 0xc000 << 48
    version_mask = 0xf000 << 64
    value = (value & ~variant_mask) | (0x8000 << 48)
    return (value & ~version_mask) | (version << 76)


def _field_property(index):
    width, shift = _FIELD_LAYOUT[index]
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


def _ordering(test):
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return test(self.int, other.int)
    return compare


class UUID(object):
    """An immutable universally unique identifier."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _from_hex(hex)
        elif bytes_le is not None:
            value = _int.from_bytes(_swap_le(_from_bytes(bytes_le, 'bytes_le')), 'big')
        elif bytes is not None:
            raw = _from_bytes(bytes, 'bytes')
            assert isinstance(raw, _bytes), repr(raw)
            value = _int.from_bytes(raw, 'big')
        elif fields is not None:
            value = _from_fields(fields)
        else:
            value = int
        if value < 0 or value >> 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            value = _stamp_version(value, version)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        if self.is_safe == SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': self.is_safe.value}

    def __setstate__(self, state):
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', safety)

    __eq__ = _ordering(lambda a, b: a == b)
    __lt__ = _ordering(lambda a, b: a < b)
    __gt__ = _ordering(lambda a, b: a > b)
    __le__ = _ordering(lambda a, b: a <= b)
    __ge__ = _ordering(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        digits = self.hex
        cuts = (0, 8, 12, 16, 20, 32)
        return '-'.join(digits[a:b] for a, b in zip(cuts, cuts[1:]))

    bytes = property(lambda self: self.int.to_bytes(16, 'big'))
    bytes_le = property(lambda self: _swap_le(self.bytes))
    time_low = _field_property(0)
    time_mid = _field_property(1)
    time_hi_version = _field_property(2)
    clock_seq_hi_variant = _field_property(3)
    clock_seq_low = _field_property(4)
    node = _field_property(5)
    hex = property(lambda self: format(self.int, '032x'))
    urn = property(lambda self: 'urn:uuid:%s' % self)

    @property
    def fields(self):
        return tuple((self.int >> shift) & ((1 << width) - 1) for width, shift in _FIELD_LAYOUT)

    @property
    def time(self):
        high = self.time_hi_version & 0x0fff
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant != RFC_4122:
            return None
        return _int((self.int >> 76) & 0xf)


_node = None


def getnode():
    """A random 48-bit node with the multicast bit set, chosen once (no hardware lookup)."""
    global _node
    if _node is None:
        _node = _int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None
# 100-ns intervals between the Gregorian reform (1582-10-15) and the Unix epoch.
_GREGORIAN_OFFSET = 0x01b21dd213814000


def uuid1(node=None, clock_seq=None):
    global _last_timestamp
    import time
    stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1     # keep successive UUIDs strictly increasing
    _last_timestamp = stamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    parts = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
             (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=parts, version=1)


def _hashed(algorithm, namespace, name, version):
    # 3.11 accepts str names only; bytes() of a str needs the encoding.
    digest = algorithm(namespace.bytes + _bytes(name, 'utf-8')).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    from hashlib import md5
    return _hashed(lambda data: md5(data, usedforsecurity=False), namespace, name, 3)


def uuid4():
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    from hashlib import sha1
    return _hashed(sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
