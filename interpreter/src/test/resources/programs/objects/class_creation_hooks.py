# The order of class-creation hooks (__prepare__, metaclass __new__/__init__, __set_name__,
# __init_subclass__) and how an error in __set_name__ is reported.
log = []
class D:
    def __set_name__(self, owner, name):
        log.append(('set_name', owner.__name__, name))
class Base:
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__, sorted(kw), [k for k in vars(cls) if not k.startswith('__')]))
        super().__init_subclass__()
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(('meta_new', name, sorted(kw)))
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('meta_init', name))
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(m, name, bases, **kw):
        log.append(('prepare', name, sorted(kw)))
        return {}
class C(Base, metaclass=Meta, flag=1):
    a = D()
    b = D()
for e in log: print(e)
try:
    class E(Base, bogus=2):
        pass
except TypeError as e:
    print(e)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class F:
        ok = D()
        x = Bad()
except Exception as e:
    print(type(e).__name__, e, getattr(e, '__notes__', None))
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)
print(log[-1])
class Late:
    pass
Late.d = D()
print(log[-1])
class G:
    y = Bad()
