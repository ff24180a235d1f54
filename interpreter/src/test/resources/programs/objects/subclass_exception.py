# Subclassing Exception: custom __init__, __str__, args handling, attributes, hierarchy catching.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__('%s not found' % what)
        self.what = what
        self.code = code


class Custom(AppError):
    def __str__(self):
        return 'custom str with args %r' % (self.args,)


try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, e.code, repr(e))
print(Custom(1, 2), repr(Custom(1, 2)))


class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x


e = NoSuperInit(5)
print(e.args, str(e), repr(e))


class KeyLike(KeyError):
    pass


print(str(KeyLike('k')), str(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()))
print(NotFound.__mro__)
print([c.__name__ for c in AppError.__subclasses__()])


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made_by_new = True
        return self


w = WithNew('a')
print(w.made_by_new, w.args)
err = ValueError('x')
err.args = ('changed',)
print(err)
err.extra = 'attribute'
print(err.extra, vars(err))
try:
    raise NotFound('file', code=410)
except NotFound as e:
    print(e.code)
