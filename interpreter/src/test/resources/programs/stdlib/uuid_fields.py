# uuid: parsing forms, the views of a UUID (fields, bytes, int, urn), variants and versions
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), str(u), u.hex, u.int)
print(u.variant, u.version, u.fields, u.urn)
print(u.time, u.clock_seq, u.node, u.time_low, u.time_mid, u.time_hi_version)
print(u.bytes, u.bytes_le, u.is_safe, repr(u.is_safe))
same = [uuid.UUID('{12345678-1234-5678-1234-567812345678}'),
        uuid.UUID('urn:uuid:12345678123456781234567812345678'),
        uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le),
        uuid.UUID(fields=u.fields), uuid.UUID(int=u.int), uuid.UUID(u.hex.upper())]
print(all(x == u for x in same), len(set(same)), int(u) == u.int)
v = uuid.UUID(u.hex, version=4)
print(v, v.version, v.variant)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=1), uuid.UUID(int=3)]))
print(uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=0xc000 << 48).variant, uuid.RFC_4122)
for args in [dict(hex='zz'), dict(), dict(bytes=b'1'), dict(int=-1), dict(fields=(1, 2)),
             dict(hex='12345678123456781234567812345678', version=9),
             dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(bytes_le=b'12')]:
    try:
        uuid.UUID(**args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u < 1
except TypeError as e:
    print('TypeError', e)
try:
    u.node = 1
except TypeError as e:
    print('TypeError', e)
print(u == 1, u != uuid.UUID(int=0), {u: 'found'}[uuid.UUID(str(u))])
