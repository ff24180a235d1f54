#!/usr/bin/env python3
"""Writes random but reproducible slice get/set/del operations on lists, tuples and ranges, and
slice.indices calls, to argv[1] (seed argv[2]); interpreter/src/test/resources/containers/
slice_fuzz.py was made with seed 1."""
import random, sys
random.seed(int(sys.argv[2]))
L = []
L.append('''def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)''')
def idx():
    return random.choice(['None', str(random.randint(-12, 12)), str(random.randint(-3, 3))])
def step():
    return random.choice(['None', '1', '-1', '2', '-2', '3', '-3', '0', '5', '-7'])
for case in range(150):
    n = random.randint(0, 10)
    L.append('l = list(range(%d))' % n)
    for _ in range(random.randint(1, 6)):
        r = random.random()
        s = 'slice(%s, %s, %s)' % (idx(), idx(), step())
        if r < 0.3:
            m = random.randint(0, 6)
            L.append('t(lambda: l.__setitem__(%s, list(range(100, %d))))' % (s, 100 + m))
        elif r < 0.5:
            L.append('t(lambda: l.__delitem__(%s))' % s)
        elif r < 0.7:
            L.append('t(lambda: l[%s])' % s)
        elif r < 0.8:
            L.append('t(lambda: tuple(l)[%s])' % s)
        elif r < 0.9:
            L.append('t(lambda: range(%d, %d, %d)[%s])' % (random.randint(-5, 5), random.randint(-20, 20), random.choice([1, 2, -1, -3]), s))
        else:
            L.append('t(lambda: %s.indices(%d))' % (s, random.randint(0, 12)))
        L.append('print(l)')
open(sys.argv[1], 'w').write('\n'.join(L) + '\n')
