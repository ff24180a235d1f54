def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1); print(d['a'], d['zz'], d, type(d.copy()).__name__, type(d | {}).__name__, 'zz' in d, d.get('q'))
class L(list):
    pass
l = L([3, 1, 2]); l.sort(); print(l, type(l + [1]).__name__, type(l[:]).__name__, type(l * 2).__name__, l == [1, 2, 3], len(l))
class S(set): pass
s = S([1, 2]); print(s, type(s | {3}).__name__, type(s.copy()).__name__, type(s & {1}).__name__, s == {1, 2})
class F(frozenset): pass
f = F([1, 2]); print(f, hash(f) == hash(frozenset([1, 2])), type(f.copy()).__name__, F(f) is f)
class T(tuple): pass
tt = T([1, 2]); print(tt, type(tt[:]).__name__, tt == (1, 2), hash(tt) == hash((1, 2)), type(tt + ()).__name__)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(1)], key=lambda k: k.v))
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([Gt(2), Gt(1), Gt(3)]))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H%d' % self.v
hs = {H(1), H(2), H(1), H(3)}; print(len(hs), H(2) in hs, H(5) in hs)
hd = {H(1): 'a', H(2): 'b'}; hd[H(1)] = 'c'; print(hd, hd[H(2)])
class Mapping:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(dict(Mapping()), dict(Mapping(), z=1))
dd = {}; dd.update(Mapping()); print(dd)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 10 in Seq(), sorted(Seq(), reverse=True))
class NoRev:
    __reversed__ = None
t(lambda: reversed(NoRev()))
n = 0
def tick():
    global n
    n += 1
    return n
print(tick())
class Evil:
    def __hash__(self): return 0
    def __eq__(self, o):
        ed.clear()
        return False
ed = {}
ed[Evil()] = 1
t(lambda: ed.get(Evil()))
print(ed)
class BadLt:
    def __lt__(self, o): raise RuntimeError('no order')
t(lambda: sorted([BadLt(), BadLt()]))
class LL(list):
    def __repr__(self): return 'LL' + super().__repr__()
print(LL([1, LL([2])]))
class DD(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
dd2 = DD({1: 2}); print(dd2, dd2.extra)
class Idx:
    def __index__(self): return 1
print([10, 20, 30][Idx()], (10, 20)[Idx()], range(5)[Idx()], [1, 2] * Idx(), [0, 1, 2][Idx():])
fl = 1.0
t(lambda: [1, 2][fl])
class Cmp:
    def __eq__(self, o): return True
print(Cmp() in [1], [1, 2].count(Cmp()), [5, 6].index(Cmp()), (Cmp(),) == (3,))
