# Assigning __dict__ and __class__ on instances; vars() updates; instance dict sharing.


class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


obj = A()
obj.x = 1
print(obj.who(), vars(obj))
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
obj.__dict__ = {'replaced': True}
print(vars(obj), hasattr(obj, 'x'))
vars(obj)['via_vars'] = 2
print(obj.via_vars)
try:
    obj.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
try:
    obj.__class__ = int
except TypeError as e:
    print('TypeError:', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError:', e)
shared = {}
o1, o2 = A(), A()
o1.__dict__ = shared
o2.__dict__ = shared
o1.value = 'shared value'
print(o2.value)
del obj.__dict__['replaced']
print(vars(obj))
