# pprint: width, indent, depth, compact, sort_dicts and the container layouts
import pprint

data = {'name': 'taipan', 'versions': [3, 11, 7], 'tags': ('fast', 'jvm', 'python'),
        'nested': {'z': [1, 2, {'deep': ['a' * 10, 'b' * 10, 'c' * 10]}], 'a': None},
        'flags': {3, 1, 2}, 'frozen': frozenset({'x'}), 'one': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=30, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=60)

nums = list(range(40))
pprint.pprint(nums, width=30)
pprint.pprint(nums, width=30, compact=True)
pprint.pprint([[1, 2, 3]] * 5, width=20, compact=True)
print(pprint.pformat(123456789, underscore_numbers=True))
print(pprint.pformat([10**12, 2**40], underscore_numbers=True))
print(pprint.pformat((1,), width=3))
print(pprint.pformat(()), pprint.pformat([]), pprint.pformat({}), pprint.pformat(set()))
print(pprint.pformat({1: 'a', 'b': 2, None: 3}))

# depth limits in the one-line form
print(pprint.pformat([1, [2, [3, [4]]]], depth=2))
print(pprint.pformat({'a': {'b': {'c': 1}}}, depth=1))
print(pprint.pformat(((1, 2), [3]), depth=1))

# errors in the constructor
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError:', e)

pp = pprint.PrettyPrinter(width=25, indent=2)
print(pp.pformat({'key%d' % i: list(range(i)) for i in range(5)}))
