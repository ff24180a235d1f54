# weak dictionaries: | and |= with mappings and non-mappings, copies of subclasses,
# dead entries, views as generators; finalizers made while exiting
import collections.abc
import copy
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


class KeysOnly:
    def keys(self):
        return ['a']

    def __getitem__(self, k):
        return 1


class OneEntry(collections.abc.Mapping):
    def __init__(self, key, value):
        self.key, self.value = key, value

    def __getitem__(self, k):
        if k != self.key:
            raise KeyError(k)
        return self.value

    def __iter__(self):
        return iter([self.key])

    def __len__(self):
        return 1


objs = [Obj(i) for i in range(4)]
wv = weakref.WeakValueDictionary(a=objs[0])
for other in (KeysOnly(), {'b': objs[1]}, OneEntry('c', objs[2]), [('d', objs[3])]):
    for expr in (lambda: wv | other, lambda: other | wv):
        try:
            r = expr()
            print(type(r).__name__, sorted(r.keys()))
        except TypeError as e:
            print('TypeError:', e)
wk = weakref.WeakKeyDictionary({objs[0]: 'zero'})
for other in (KeysOnly(), {objs[1]: 'one'}):
    try:
        print(type(wk | other).__name__, sorted(v for v in (wk | other).values()))
    except TypeError as e:
        print('TypeError:', e)
print(type({objs[2]: 'two'} | wk).__name__)
wv |= [('e', objs[1])]
wk |= {objs[3]: 'three'}
print(sorted(wv), sorted(o.n for o in wk))


class SubV(weakref.WeakValueDictionary):
    pass


class SubK(weakref.WeakKeyDictionary):
    pass


sv, sk = SubV(x=objs[0]), SubK({objs[0]: 1})
print(type(sv.copy()).__name__, type(copy.copy(sv)).__name__, type(copy.deepcopy(sv)).__name__)
print(type(sk.copy()).__name__, type(copy.copy(sk)).__name__, type(copy.deepcopy(sk)).__name__)
print(type(sv | {}).__name__, type({} | sv).__name__, type(sk | {}).__name__, type({} | sk).__name__)
print(type(wv.items()).__name__, type(wk.keys()).__name__, type(wv.valuerefs()).__name__)
print(type(wv.itervaluerefs()).__name__, type(wk.keyrefs()).__name__)
for empty in (weakref.WeakValueDictionary(), weakref.WeakKeyDictionary()):
    try:
        empty.popitem()
    except KeyError as e:
        print(repr(e))
try:
    weakref.WeakValueDictionary({1: 2})
except TypeError as e:
    print(e)
try:
    weakref.WeakKeyDictionary([(1, 2)])
except TypeError as e:
    print(e)
try:
    [] in weakref.WeakValueDictionary()
except TypeError as e:
    print(e)
print([] in weakref.WeakKeyDictionary())
ref0 = wv.data['a']
print(type(ref0).__name__, ref0.key, ref0() is objs[0])
tmp = Obj(50)
wv['t'] = tmp
print(wv.setdefault('t', objs[1]), wv.pop('t'), wv.pop('t', 'gone'), wv.get('t', 'none'))
wv['t'] = Obj(51)
gc.collect()
print('t' in wv, len(wv), wv.setdefault('t', objs[2]))
del tmp
print(sorted(wv.keys()), sorted(o.n for o in wv.values()))

