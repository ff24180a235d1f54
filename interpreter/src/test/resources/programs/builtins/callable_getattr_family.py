# callable, getattr, setattr, hasattr, delattr with defaults and errors.


class Obj:
    cls_attr = 'class'

    def __init__(self):
        self.inst = 'instance'


o = Obj()
print(getattr(o, 'inst'), getattr(o, 'cls_attr'), getattr(o, 'nope', 'default'), getattr(Obj, 'cls_attr'))
setattr(o, 'dynamic', 42)
print(o.dynamic, hasattr(o, 'dynamic'), hasattr(o, 'nope'), hasattr(Obj, '__init__'))
delattr(o, 'dynamic')
print(hasattr(o, 'dynamic'))
setattr(o, 'with space', 1)
print(getattr(o, 'with space'), sorted(vars(o)))
for bad in [lambda: getattr(o, 'nope'), lambda: getattr(o, 5), lambda: setattr(o, 5, 1),
            lambda: delattr(o, 'nope'), lambda: getattr(o), lambda: setattr(1, 'x', 2),
            lambda: delattr(Obj, 'missing'), lambda: getattr(None, 'x')]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)


class Boom:
    @property
    def explode(self):
        raise ValueError('not an AttributeError')


try:
    hasattr(Boom(), 'explode')
except ValueError as e:
    print('hasattr propagates:', e)
print(callable(len), callable(Obj), callable(o), callable(o.__init__), callable(None), callable(lambda: 1))
print(getattr(5, 'real'), getattr('s', 'upper')(), getattr([], '__len__')())
