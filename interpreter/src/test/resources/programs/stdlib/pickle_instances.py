# pickle: class instances through object.__reduce_ex__, __getstate__/__setstate__, __reduce__,
# __getnewargs__/__getnewargs_ex__, __slots__, subclasses of built-in types; all protocols
import pickle, collections

class Plain:
    def __init__(self):
        self.x = 1
        self.y = [1, 'two']

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1

class WithState:
    def __init__(self):
        self.v = 5
    def __getstate__(self):
        return {'w': self.v}
    def __setstate__(self, state):
        self.v = state['w'] * 2

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n + 1,), {'extra': True})

class Number(int):
    pass

class Keyword:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self
    def __getnewargs_ex__(self):
        return ((), {'k': self.k})

class Items(list):
    pass

class Table(dict):
    pass

def show(obj):
    return {k: v for k, v in sorted(vars(obj).items())} if hasattr(obj, '__dict__') else obj

items = Items([1, 2])
items.tag = 'q'
number = Number(7)
number.unit = 'cm'
cases = [Plain(), WithState(), Reduced(3), number, Keyword(k=3), items, Table(a=1),
         collections.OrderedDict(a=1, b=2), collections.deque([1, 2], 5), collections.Counter('abca'),
         collections.defaultdict(list, {1: [2]}), ValueError('bad', 2), KeyError('k')]
for obj in cases:
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(type(obj).__name__, proto, data if len(data) < 120 else len(data))
        print('   ', type(back).__name__, repr(back) if type(back).__repr__ is not object.__repr__ else show(back))
for proto in range(6):
    try:
        data = pickle.dumps(Slotted(), proto)
        back = pickle.loads(data)
        print('Slotted', proto, data, back.a, hasattr(back, 'b'))
    except TypeError as e:
        print('Slotted', proto, 'TypeError:', e)
print(Plain().__reduce_ex__(2)[1:], Plain().__reduce_ex__(0)[1:], Slotted().__getstate__())
print(WithState().__reduce_ex__(4)[2], Number(3).__reduce_ex__(2)[1])
error = ValueError('bad', 1)
error.detail = 'extra'
print(error.__reduce__())
for proto in (0, 2, 4):
    back = pickle.loads(pickle.dumps(error, proto))
    print(proto, type(back).__name__, back.args, back.detail)
blank = KeyError.__new__(KeyError)
blank.__setstate__({'where': 'here'})
print(blank.where, blank.__setstate__(None))
try:
    blank.__setstate__(5)
except TypeError as e:
    print('TypeError:', e)
