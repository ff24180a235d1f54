# __slots__ with private names: mangled with the class name, sorted member descriptors, __doc__/__weakref__ slots
class C:
    __slots__ = ('__c', 'b', 'a', '__d__', '_x')
    def __init__(self):
        self.__c = 1
        self.b = 2
    def get(self):
        return self.__c
c = C()
print(c.get(), c._C__c, c.b)
print(C.__slots__)
print([k for k in vars(C)])
print(C._C__c, C._C__c.__name__, C._C__c.__qualname__)
print(C.__d__)
try:
    c.__c
except AttributeError as e:
    print(e)
try:
    c.a
except AttributeError as e:
    print(e)
class _P:
    __slots__ = ['__q']
    def set(self, v): self.__q = v
p = _P(); p.set(5); print(p._P__q, [k for k in vars(_P)])
class __U:
    __slots__ = '__z'
    def set(self, v): self.__z = v
u = __U(); u.set(3); print([k for k in vars(__U)])
class D(C):
    __slots__ = ('__c', '__dict__')
    def set(self): self.__c = 9; self.y = 1
d = D(); d.set(); print(d._D__c, d._C__c, d.__dict__, sorted(k for k in vars(D)))
try:
    class E:
        __slots__ = ('__c',)
        _E__c = 1
except ValueError as e:
    print(e)
try:
    class F:
        __slots__ = ('1a',)
except TypeError as e:
    print(e)
class A:
    __slots__ = ('__doc__',)
print(list(vars(A)), A.__doc__)
print(C._C__c.__objclass__.__name__, C._C__c.__doc__)
class B:
    __slots__ = ('__dict__', '__weakref__')
print(list(vars(B)))
class B2:
    __slots__ = ('x', '__weakref__')
print(list(vars(B2)))
