# gc.is_tracked: which objects the cycle collector follows
import gc


class C:
    pass


cases = [
    ('int', 1), ('bigint', 10 ** 30), ('float', 1.5), ('complex', 1j), ('str', 'abc'),
    ('bytes', b'x'), ('None', None), ('True', True), ('list', []), ('list of ints', [1, 2]),
    ('set', set()), ('instance', C()), ('class', C), ('function', len),
    ('lambda', lambda: 0), ('empty dict', {}), ('dict of atoms', {'a': 1}),
    ('dict holding a list', {'a': []}), ('tuple of atoms', (1, 'x')),
    ('tuple holding a list', ([],)), ('frozenset', frozenset()), ('range', range(3)),
    ('slice', slice(1)),
]
for name, value in cases:
    print(name, gc.is_tracked(value))
