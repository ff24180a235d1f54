# copy: deepcopy order of copies, memo and keep-alive entries, cycles through tuples,
# slots, __getstate__/__setstate__, list/dict subclasses, reductions with item iterators
import copy
class Tracker:
    log = []
    def __init__(self, name): self.name = name
    def __deepcopy__(self, memo):
        Tracker.log.append(self.name)
        return Tracker(self.name + "'")
    def __repr__(self): return 'T(%s)' % self.name
data = {Tracker('k1'): Tracker('v1'), Tracker('k2'): [Tracker('v2'), (Tracker('t'),)]}
c = copy.deepcopy(data)
print(Tracker.log, sorted(map(repr, c)))
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s = copy.deepcopy(Slots())
print(s.a, hasattr(s, 'b'))
class State:
    def __init__(self): self.items = [1, 2]
    def __getstate__(self): return {'items': self.items, 'extra': 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
st = copy.deepcopy(State())
print(sorted(vars(st)), copy.copy(State()).restored)
class L(list): pass
class D(dict): pass
l = L([1, [2]]); l.attr = 'x'
d = D(a=[1]); d.attr = 'y'
lc, dc = copy.deepcopy(l), copy.deepcopy(d)
print(type(lc).__name__, lc, lc.attr, lc[1] is l[1], type(dc).__name__, dc, dc.attr, dc['a'] is d['a'])
memo = {}
t = ([1],)
copy.deepcopy(t, memo)
print(len(memo), id(t) in memo, id(memo) in memo, len(memo[id(memo)]))
cyc = []
cyc.append((cyc,))
cc = copy.deepcopy(cyc)
print(cc[0][0] is cc, cc is not cyc)
shared = [0]
pair = (shared, shared)
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared, copy.deepcopy((1, 'a')) is not None)
class R:
    def __reduce__(self): return (R, (), None, iter([1, 2]), None)
    def append(self, x): print('append', x)
copy.deepcopy(R())
class RD(dict):
    def __reduce__(self): return (RD, (), None, None, iter([('k', [1])]))
print(copy.deepcopy(RD()))
class Global:
    def __reduce__(self): return 'Global'
g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g)
try: copy.copy(iter([]).__class__.__new__)
except Exception as e: print(type(e).__name__)
