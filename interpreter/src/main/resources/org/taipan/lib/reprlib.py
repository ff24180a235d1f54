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


# Default limits, in the order CPython's Repr sets them on a fresh instance.
_DEFAULTS = (('fillvalue', '...'), ('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6),
             ('maxarray', 5), ('maxdict', 4), ('maxset', 6), ('maxfrozenset', 6),
             ('maxdeque', 6), ('maxstring', 30), ('maxlong', 40), ('maxother', 30))


class Repr:
    """Produces reprs whose size is bounded per type by the max* attributes;
    a method repr_<typename> handles each type, repr_instance the rest."""

    def __init__(self):
        for attribute, default in _DEFAULTS:
            setattr(self, attribute, default)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        method_name = 'repr_' + '_'.join(type(x).__name__.split())
        handler = getattr(self, method_name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _elide_middle(self, text, limit):
        # Keep the head and the tail, the fill value standing for the middle.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _clip(self, text, limit):
        return self._elide_middle(text, limit) if len(text) > limit else text

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            return left + self.fillvalue + right
        shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if count > maxiter:
            shown.append(self.fillvalue)
        if count == 1:
            right = trail + right
        return left + ', '.join(shown) + right

    def _bounded(self, x, level, opening, closing, limit_name, trail=''):
        return self._repr_iterable(x, level, opening, closing, getattr(self, limit_name), trail)

    def repr_tuple(self, x, level):
        return self._bounded(x, level, '(', ')', 'maxtuple', ',')

    def repr_list(self, x, level):
        return self._bounded(x, level, '[', ']', 'maxlist')

    def repr_deque(self, x, level):
        return self._bounded(x, level, 'deque([', '])', 'maxdeque')

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return "array(%r)" % code
        return self._bounded(x, level, "array(%r, [" % code, '])', 'maxarray')

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._bounded(_sorted_if_possible(x), level, '{', '}', 'maxset')

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._bounded(_sorted_if_possible(x), level, 'frozenset({', '})',
                             'maxfrozenset')

    def repr_dict(self, x, level):
        if not len(x):
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        below = level - 1
        entries = ['%s: %s' % (self.repr1(k, below), self.repr1(x[k], below))
                   for k in islice(_sorted_if_possible(x), self.maxdict)]
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        shortened = builtins.repr(x[:self.maxstring])
        if len(shortened) <= self.maxstring:
            return shortened
        return self._elide_middle(builtins.repr(x), self.maxstring)

    def repr_int(self, x, level):
        return self._clip(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._clip(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
