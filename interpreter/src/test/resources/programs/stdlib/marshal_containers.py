# marshal: tuples, lists, dicts, sets and frozensets, nesting, shared and recursive objects.
import marshal

shared = 'hello world'
inner = [1, 2]
values = [(), (1, 2), [1, [2]], {'a': 1, 'b': [2, 3]}, {1, 2, 3}, frozenset([3]), (1, (2, (3, ()))),
          [shared, shared], (shared, shared), [inner, inner], {'k': inner, 'j': inner}, ['x', 'x'],
          [1, 1, 1000, 1000], [(1,), (1,)], [1.5, 1.5], (2**40, 2**40), tuple(range(300)), ['a', 'b', 'c'],
          {(1, 2): frozenset({4}), None: [None]}, [{}, set(), frozenset(), [], ()]]
for value in values:
    data = marshal.dumps(value)
    back = marshal.loads(data)
    print(repr(value)[:50], data[:60].hex(), len(data), back == value, type(back).__name__)
back = marshal.loads(marshal.dumps([inner, inner]))
print(back[0] is back[1], back[0] is inner)
recursive = [1]
recursive.append(recursive)
data = marshal.dumps(recursive)
back = marshal.loads(data)
print(data.hex(), back[1] is back, back[0])
d = {'self': None}
d['self'] = d
back = marshal.loads(marshal.dumps(d))
print(back['self'] is back, list(back))
nested = [[[[['deep']]]]]
print(marshal.loads(marshal.dumps(nested)), marshal.dumps(nested).hex())
