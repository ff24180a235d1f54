# collections.defaultdict: construction, __missing__, reprs (recursive too), copies, |, subclasses, errors
from collections import defaultdict as D
import copy
d=D(list, a=1); print(repr(d), D(), D(None,{1:2}), repr(D(lambda:0))[:30])
for f in [lambda: D(1), lambda: D()[1], lambda: D(list, 1, 2)]:
    try: print(f())
    except Exception as e: print(type(e), e)
d.default_factory=int; print(d['z'], d, d.copy(), d.__copy__(), d.__reduce__()[:4], type(d | {1:2}), {1:2} | d, D.__module__, D.__mro__)
print(D(None).__reduce__()[:4], copy.copy(d), copy.deepcopy(d))
r=D(list); r['x']=r; print(r)
class S(D):
    pass
s=S(int); s[1]; s.extra = 5; print(s, s.copy(), type(s.copy()).__name__, s.extra, isinstance(s, dict))
d2=D(list); d2 |= {1:2}; print(d2, type(d2).__name__)
d3=D(list); d3['k'].append(1); d3['k'].append(2); print(d3, d3.get('q'), 'q' in d3, len(d3))
class F(D):
    def __missing__(self, key):
        return 'own'
print(F(list)['x'])
print(D(int, [(1, 2)], b=3))
print(D.__name__, D.__qualname__)
