# copy protocols: __copy__, __deepcopy__, __reduce_ex__, __getstate__/__setstate__
import copy


class WithHooks:
    def __init__(self, items):
        self.items = items
        self.log = []

    def __copy__(self):
        new = WithHooks(self.items)
        new.log = ['shallow']
        return new

    def __deepcopy__(self, memo):
        new = WithHooks(copy.deepcopy(self.items, memo))
        new.log = ['deep', len(memo) > 0]
        return new


w = WithHooks([[1], [2]])
s, d = copy.copy(w), copy.deepcopy(w)
print(s.log, s.items is w.items, d.log, d.items is w.items, d.items[0] is w.items[0])


class State:
    def __init__(self, a):
        self.a = a
        self.cache = {'big': list(range(3))}

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


st = copy.deepcopy(State([1, 2]))
print(st.a, st.cache)


class Reduced:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Reduced, (self.x, self.y + 1))


r = copy.copy(Reduced(1, 1))
print(r.x, r.y, copy.deepcopy(r).y)


class Slots:
    __slots__ = ('p', 'q')

    def __init__(self):
        self.p = [1]
        self.q = 'q'


sl = copy.deepcopy(Slots())
print(sl.p, sl.q)
sc = copy.copy(Slots())
print(sc.p, sc.q)
