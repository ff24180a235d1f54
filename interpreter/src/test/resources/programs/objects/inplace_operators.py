# In-place operators: __iadd__ etc., fallback to binary operators, mutation vs rebinding.


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print('__iadd__')
        self.v += other
        return self

    def __add__(self, other):
        print('__add__')
        return Acc(self.v + other)

    def __repr__(self):
        return 'Acc(%r)' % self.v


a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)


b = OnlyAdd(1)
before = b
b += 2
print(b.v, before.v, b is before)
lst = [1]
ref = lst
lst += [2]
print(ref, lst is ref)
tup = (1,)
ref_t = tup
tup += (2,)
print(ref_t, tup)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e, t)


class AllInplace:
    def __init__(self):
        self.ops = []

    def __getattr__(self, name):
        if name.startswith('__i') and name.endswith('__'):
            def op(other):
                self.ops.append(name)
                return self
            return op
        raise AttributeError(name)


x = AllInplace()
try:
    x -= 1
except TypeError as e:
    print('special methods are looked up on the type:', e)


class NotImpl:
    def __imul__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return 'fell back to __mul__'


n = NotImpl()
n *= 3
print(n)
s = 'a'
s += 'b'
s *= 2
print(s)
d = {'k': 1}
d['k'] += 10
d |= {'z': 0}
print(d)
