# uuid: name-based uuid3/uuid5 (deterministic), random uuid4 and time-based uuid1 (shape only)
import uuid

for ns_name in ['NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500']:
    ns = getattr(uuid, ns_name)
    print(ns_name, ns, uuid.uuid3(ns, 'python.org'), uuid.uuid5(ns, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'a name'), uuid.uuid5(uuid.NAMESPACE_URL, 'é'))
for bad in [5, b'bytes']:
    try:
        uuid.uuid5(uuid.NAMESPACE_DNS, bad)
    except TypeError as e:
        print('TypeError', e)
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'x').version, uuid.uuid3(uuid.NAMESPACE_DNS, 'x').version)

seen = set()
for i in range(20):
    u = uuid.uuid4()
    seen.add(u)
    assert u.version == 4 and u.variant == uuid.RFC_4122
    assert str(u)[14] == '4' and str(u)[19] in '89ab'
print(len(seen), 'distinct version-4 uuids')

a = uuid.uuid1()
b = uuid.uuid1()
print(a.version, a.variant, a != b, b.time >= a.time)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
c = uuid.uuid1(node=1, clock_seq=0x2345)
print(hex(c.clock_seq), c.node)
print(0 < uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())
