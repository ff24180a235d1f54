# pprint: collections, dataclasses, namespaces, recursion and the query helpers
import pprint, collections, dataclasses, types

od = collections.OrderedDict((('first', list(range(8))), ('second', 'x' * 30)))
pprint.pprint(od, width=40)
dd = collections.defaultdict(list, {'a': [1, 2, 3] * 4, 'b': []})
pprint.pprint(dd, width=30)
c = collections.Counter('abracadabra pretty printer')
pprint.pprint(c, width=40)
pprint.pprint(collections.deque(range(20), maxlen=25), width=30)
pprint.pprint(collections.deque(range(20)), width=30)
pprint.pprint(collections.ChainMap({'a': 1, 'b': 2}, {'c': list(range(12))}), width=30)
pprint.pprint(collections.UserList(range(30)), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(10)), beta='text ' * 8), width=40)
pprint.pprint(types.MappingProxyType({'k%d' % i: i for i in range(8)}), width=40)
print(pprint.pformat(collections.OrderedDict()), pprint.pformat(collections.deque()))

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = dataclasses.field(default='origin', repr=True)
    secret: int = dataclasses.field(default=0, repr=False)

@dataclasses.dataclass
class Path:
    points: list
    closed: bool = False

path = Path([Point(i, i * i, 'p%d' % i) for i in range(4)])
pprint.pprint(path, width=50)
pprint.pprint(Point(1, 2), width=20)

lst = [1, 2]
lst.append(lst)
r = pprint.saferepr(lst)
print(r.startswith('[1, 2, <Recursion on list with id='))
print(pprint.isrecursive(lst), pprint.isreadable(lst))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]))
print(pprint.isrecursive({'a': [1]}), pprint.saferepr({'b': 1, 'a': (2,)}))
d = {'self': None}
d['self'] = d
out = pprint.pformat(d)
print(out.startswith("{'self': <Recursion on dict with id="))
pp = pprint.PrettyPrinter()
print(pp.isreadable({1: 2}), pp.isrecursive(d), pp.isreadable(d))
print(pprint.pformat({3, 'a', 1.5, None}) == pprint.pformat({None, 1.5, 'a', 3}))
