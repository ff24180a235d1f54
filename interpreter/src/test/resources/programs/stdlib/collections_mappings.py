# collections: defaultdict, Counter, OrderedDict, ChainMap.
from collections import defaultdict, Counter, OrderedDict, ChainMap

dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, dict(dd), defaultdict(), defaultdict(int, {1: 2}))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), 'z' in counts, counts.copy() == counts, type(counts.copy()).__name__)
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['zz'], sorted(c.elements())[:6], c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(Counter(a=3, b=1) | Counter(a=1, b=5), Counter(a=3, b=1) & Counter(a=1, b=5), -Counter(a=-2, b=1))
c2 = Counter([1, 2, 2])
c2.update([2, 3])
c2.subtract({1: 5})
print(c2, repr(Counter()), Counter({'x': 1}) == Counter(x=1), Counter(a=1) <= Counter(a=2))
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
print(od, od.popitem(), od.popitem(last=False), od)
od['d'] = 4
od.move_to_end('d', last=False)
print(od, repr(OrderedDict()), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {'a': 1})
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), 'b' in cm)
cm['c'] = 4
child = cm.new_child({'a': 0})
print(cm.maps[0], child['a'], child.parents['a'], dict(child) == {'a': 0, 'b': 3, 'c': 4})
for expr in ['defaultdict(1)', 'defaultdict(None)["k"]', 'OrderedDict().popitem()', 'OrderedDict().move_to_end("x")',
             'ChainMap().popitem()', 'ChainMap()["k"]', 'Counter.fromkeys("ab")', 'Counter(a=1) + 1',
             'cm.pop("zz")']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
