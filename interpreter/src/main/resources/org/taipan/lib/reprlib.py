"""Size-limited reprs (Taipan's own implementation of CPython 3.11's reprlib)."""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a re-entrant call for the same object
    (on the same thread) returns fillvalue instead of recursing."""

    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name, None))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _sorted_if_possible(values):
    try:
        return sorted(values)
    except Exception:
        return list(values)


class Repr:
    """Produces reprs whose size is bounded per type by the max* attributes;
    a method repr_<typename> handles each type, repr_instance the rest."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + typename, None)
        if handler is not None:
            return handler(x, level)
        return self.repr_instance(x, level)

    def _elide_middle(self, s, limit):
        # Keep the head and the tail, the fill value standing for the middle.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return s[:head] + self.fillvalue + s[len(s) - tail:]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            inner = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            inner = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + inner + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % ', '.join(pieces)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            s = self._elide_middle(builtins.repr(x), self.maxstring)
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            s = self._elide_middle(s, self.maxlong)
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            s = self._elide_middle(s, self.maxother)
        return s


aRepr = Repr()
repr = aRepr.repr
