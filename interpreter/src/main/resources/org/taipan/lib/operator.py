"""Operators as functions (Taipan's own implementation of the operator module)."""

# Kept in alphabetical order, as the module has always listed them.
__all__ = sorted([
    # comparisons and truth
    'lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not_', 'truth', 'is_', 'is_not',
    # arithmetic and bitwise operators
    'abs', 'add', 'and_', 'floordiv', 'index', 'inv', 'invert', 'lshift', 'mod', 'mul',
    'matmul', 'neg', 'or_', 'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor',
    # sequences and calls
    'concat', 'contains', 'countOf', 'delitem', 'getitem', 'indexOf', 'setitem',
    'length_hint', 'call', 'attrgetter', 'itemgetter', 'methodcaller',
    # in-place operators
    'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'imatmul', 'ior',
    'ipow', 'irshift', 'isub', 'itruediv', 'ixor',
])

_abs = abs


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b


def index(a):
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    return method(a)


def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def concat(a, b):
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b): return b in a


def countOf(a, b):
    count = 0
    if not hasattr(type(a), '__iter__') and not hasattr(type(a), '__getitem__'):
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__)
    for x in a:
        if x is b or x == b:
            count += 1
    return count


def delitem(a, b): del a[b]
def getitem(a, b): return a[b]


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c): a[b] = c


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""
    __slots__ = ('_attrs', '_call')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs

    def _get(self, obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, name) for name in self._attrs)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)] + [repr(a) for a in self._args]
        shown += ['%s=%r' % item for item in self._kwargs.items()]
        return '%s.%s(%s)' % (type(self).__module__, type(self).__name__, ', '.join(shown))


# The in-place operators: each applies the augmented assignment and returns
# the result (the same object when the type updates itself in place).

def iadd(a, b):
    "a += b, returning the result."
    a += b
    return a


def iand(a, b):
    "a &= b, returning the result."
    a &= b
    return a


def iconcat(a, b):
    "a += b for sequences, returning the result."
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b):
    "a //= b, returning the result."
    a //= b
    return a


def ilshift(a, b):
    "a <<= b, returning the result."
    a <<= b
    return a


def imod(a, b):
    "a %= b, returning the result."
    a %= b
    return a


def imul(a, b):
    "a *= b, returning the result."
    a *= b
    return a


def imatmul(a, b):
    "a @= b, returning the result."
    a @= b
    return a


def ior(a, b):
    "a |= b, returning the result."
    a |= b
    return a


def ipow(a, b):
    "a **= b, returning the result."
    a **= b
    return a


def irshift(a, b):
    "a >>= b, returning the result."
    a >>= b
    return a


def isub(a, b):
    "a -= b, returning the result."
    a -= b
    return a


def itruediv(a, b):
    "a /= b, returning the result."
    a /= b
    return a


def ixor(a, b):
    "a ^= b, returning the result."
    a ^= b
    return a


# Every operator function is also reachable under its special-method name
# (operator.__add__ is operator.add), trailing underscore dropped.
for _name in ('lt le eq ne ge gt not_ abs add and_ call floordiv index inv invert lshift '
              'mod mul matmul neg or_ pos pow rshift sub truediv xor concat contains '
              'delitem getitem setitem iadd iand iconcat ifloordiv ilshift imod imul '
              'imatmul ior ipow irshift isub itruediv ixor').split():
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
