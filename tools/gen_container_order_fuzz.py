#!/usr/bin/env python3
"""Writes a random but reproducible sequence of set and dict operations (printing the results)
to the file named by argv[1]; interpreter/src/test/resources/containers/set_dict_order_fuzz.py
was made with it. Set iteration order and dict order after deletions must match CPython."""
import random
import sys
random.seed(12345)
lines = []
for case in range(60):
    lines.append('s = set()')
    lines.append('o = set()')
    for _ in range(random.randint(5, 120)):
        r = random.random()
        v = random.choice([random.randint(-50, 50), random.randint(0, 5000), random.randint(-2**70, 2**70), random.randint(0, 64) * 32])
        if r < 0.45:
            lines.append('s.add(%d)' % v)
        elif r < 0.6:
            lines.append('s.discard(%d)' % v)
        elif r < 0.65:
            lines.append('s.pop() if s else None')
        elif r < 0.75:
            lines.append('o.add(%d)' % v)
        elif r < 0.78:
            lines.append('s |= o')
        elif r < 0.8:
            lines.append('s -= set(list(o)[:3])')
        elif r < 0.82:
            lines.append('s ^= o')
        elif r < 0.84:
            lines.append('s = s & (o | set(list(s)[::2]))')
        elif r < 0.86:
            lines.append('s = set(list(s))')
        elif r < 0.88:
            lines.append('s.difference_update(range(%d, %d))' % (v, v + 40))
        elif r < 0.9:
            lines.append('s.update(range(%d, %d, 3))' % (v, v + 60))
        elif r < 0.92:
            lines.append('s = s.symmetric_difference(o)')
        elif r < 0.94:
            lines.append('s = s.union(o, [%d])' % v)
        elif r < 0.96:
            lines.append('s = s.copy()')
        else:
            lines.append('s.intersection_update(o, s)')
    lines.append('print(s, len(s), hash(frozenset(s)))')
    lines.append('print(s - o, o - s, s & o, frozenset(o))')
    # dicts
    lines.append('d = {}')
    for _ in range(random.randint(5, 80)):
        r = random.random()
        v = random.randint(-20, 60)
        if r < 0.5:
            lines.append('d[%d] = %d' % (v, random.randint(0, 9)))
        elif r < 0.7:
            lines.append('d.pop(%d, None)' % v)
        elif r < 0.75:
            lines.append('d.popitem() if d else None')
        elif r < 0.8:
            lines.append('d.setdefault(%d, 0)' % v)
        elif r < 0.85:
            lines.append('d = dict(d)')
        else:
            lines.append('d.update({%d: 1, %d: 2})' % (v, v + 1))
    lines.append('print(d, list(d.items())[-3:], list(reversed(d))[:3])')
open(sys.argv[1], 'w').write('\n'.join(lines) + '\n')
