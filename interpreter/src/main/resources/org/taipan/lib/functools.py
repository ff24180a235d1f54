"""Tools for functions that act on or return other functions (Taipan's own implementation)."""

from abc import get_cache_token
from collections import namedtuple
from _thread import RLock
from types import GenericAlias, MappingProxyType

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_ABSENT = object()


# --- making wrappers look like what they wrap --------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copies identity attributes of `wrapped` onto `wrapper` and returns wrapper.

    Attributes in `assigned` are copied when present; the dictionaries named
    in `updated` are merged; wrapper.__wrapped__ points back at wrapped.
    """
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied along with __dict__ loses.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper, for the wrapper function's definition."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- reduce ------------------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Folds the items from the left: function(function(initial, x0), x1)...
    Without initial the first item starts the fold.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if not 2 <= len(args) <= 3:
        bound = 'least 2' if len(args) < 2 else 'most 3'
        raise TypeError('reduce expected at %s arguments, got %d' % (bound, len(args)))
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    result = args[2] if len(args) == 3 else next(items, _ABSENT)
    if result is _ABSENT:
        raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        result = function(result, item)
    return result


# --- partial application -----------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords): func with some arguments filled in.

    Calling it calls func with the stored positional arguments first and the
    stored keywords updated by the call's own.
    """

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            # A partial of a plain partial is one partial with both sets.
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func, self._args, self._keywords = func, args, keywords
        return self

    func = property(lambda self: self._func, doc='function object to use in future partial calls')
    args = property(lambda self: self._args, doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._keywords,
                        doc='dictionary of keyword arguments to future partial calls')

    def __call__(self, /, *args, **keywords):
        return self._func(*self._args, *args, **{**self._keywords, **keywords})

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __repr__(self):
        shown = [repr(self._func)]
        shown += [repr(a) for a in self._args]
        shown += ['%s=%r' % item for item in self._keywords.items()]
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(shown))

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, namespace = state
        if not callable(func) or not isinstance(args, tuple) or (
                keywords is not None and not isinstance(keywords, dict)):
            raise TypeError('invalid partial state')
        self._func, self._args, self._keywords = func, tuple(args), dict(keywords or {})
        if namespace:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod:
    """Like partial, but for methods: the instance (or class) still comes first.

    Works with anything that binds: functions, classmethods, staticmethods,
    other descriptors.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            # Merge rather than nest: one descriptor with both argument sets.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        shown = [repr(self.func)] + [repr(a) for a in self.args]
        shown += ['{}={!r}'.format(k, v) for k, v in self.keywords.items()]
        return '{}.{}({})'.format(type(self).__module__, type(self).__qualname__,
                                  ', '.join(shown))

    def _plain_method(self):
        # A function taking the instance (or class) first, for descriptors
        # that do not bind to something new.
        def method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _ABSENT)
                if owner is not _ABSENT:
                    result.__self__ = owner
                return result
        return self._plain_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# --- caching -----------------------------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_KEYWORDS_FOLLOW = object()     # separates positional from keyword parts of a key


def _make_key(args, kwds, typed):
    """The cache key of a call.

    Keyword order matters (f(a=1, b=2) and f(b=2, a=1) are cached apart).
    With `typed`, argument types are part of the key.  A lone int or str
    argument is its own key.
    """
    key = args
    if kwds:
        key += (_KEYWORDS_FOLLOW,) + tuple(x for pair in kwds.items() for x in pair)
    if typed:
        key += tuple(map(type, args)) + tuple(map(type, kwds.values()))
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _lru_cache_wrapper:
    """The callable lru_cache returns: the user's function behind a cache.

    The cache is a dict kept in least- to most-recently-used order; with a
    bounded size the oldest entry goes when a new one would overflow it.
    """

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._entries = {}
        self._hits = self._misses = 0
        self._lock = RLock()

    def __call__(self, /, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        entries = self._entries
        with self._lock:
            found = entries.get(key, _ABSENT)
            if found is not _ABSENT:
                self._hits += 1
                if self._maxsize is not None:
                    entries[key] = entries.pop(key)    # now the most recent
                return found
            self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        with self._lock:
            # A recursive call may have stored the key meanwhile.
            if key not in entries:
                entries[key] = result
                if self._maxsize is not None and len(entries) > self._maxsize:
                    del entries[next(iter(entries))]
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        from types import MethodType
        return MethodType(self, obj)

    def cache_info(self):
        """(hits, misses, maxsize, currsize) as a CacheInfo."""
        with self._lock:
            return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._entries))

    def cache_clear(self):
        """Empties the cache and resets the statistics."""
        with self._lock:
            self._entries.clear()
            self._hits = self._misses = 0

    def cache_parameters(self):
        """The maxsize and typed the cache was made with."""
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember results of the most recent `maxsize` distinct calls.

    maxsize None means no limit; typed=True caches f(1) and f(1.0) apart.
    Usable bare (@lru_cache) or called (@lru_cache(maxsize=32)).
    """
    if callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def _cached(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)


def cache(user_function, /):
    """Decorator: remember every result (an lru_cache without a size limit)."""
    return lru_cache(maxsize=None)(user_function)


# --- comparison helpers ------------------------------------------------------------------

class KeyWrapper:
    """What cmp_to_key returns, and what calling that returns: objects ordered by cmp."""

    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=_ABSENT):
        self._cmp = cmp
        if obj is not _ABSENT:
            self.obj = obj

    def __call__(self, obj=_ABSENT):
        if obj is _ABSENT:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0


def cmp_to_key(mycmp):
    """Turns an old-style comparison function (negative/zero/positive) into a key function."""
    return KeyWrapper(mycmp)


# For each operator a class may define: how the others follow from it.
# Each rule is (derived name, negate the root's answer?, then combine with).
_ORDERING_RULES = {
    '__lt__': (('__gt__', True, '!='), ('__le__', False, '=='), ('__ge__', True, None)),
    '__le__': (('__ge__', True, '=='), ('__lt__', False, '!='), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, '!='), ('__ge__', False, '=='), ('__le__', True, None)),
    '__ge__': (('__le__', True, '=='), ('__gt__', False, '!='), ('__lt__', True, None)),
}


def _derived_comparison(root, name, negate, combine):
    def compare(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return answer
        if negate:
            answer = not answer
        if combine == '!=':
            return answer and self != other
        if combine == '==':
            return answer or self == other
        return answer
    compare.__name__ = name
    compare.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
    return compare


def total_ordering(cls):
    """Class decorator: from one of < <= > >= (and ==), defines the other three."""
    defined = [op for op in _ORDERING_RULES
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)     # preference order: __lt__, __le__, __gt__, __ge__
    for name, negate, combine in _ORDERING_RULES[root]:
        if name not in defined:
            setattr(cls, name, _derived_comparison(root, name, negate, combine))
    return cls


# --- single dispatch ---------------------------------------------------------------------

def _is_union(cls):
    from types import UnionType
    return isinstance(cls, UnionType)


def _dispatch_types(cls):
    # The classes a registration covers: one class, or the members of a union.
    if isinstance(cls, type):
        return (cls,)
    if _is_union(cls) and all(isinstance(c, type) for c in cls.__args__):
        return cls.__args__
    return None


def _most_specific(candidates):
    best = candidates[0]
    for other in candidates[1:]:
        if issubclass(other, best):
            best = other
        elif not issubclass(best, other):
            raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best, other))
    return best


def singledispatch(func):
    """Decorator: a function that picks an implementation by its first argument's type.

    Implementations are added with .register(); the decorated function is
    the fallback for `object`.
    """
    registry = {object: func}
    resolved = {}
    token_seen = [get_cache_token()]

    def dispatch(cls):
        """The implementation that handles instances of cls."""
        token = get_cache_token()
        if token != token_seen[0]:
            # An ABC registration may change the answers.
            resolved.clear()
            token_seen[0] = token
        impl = resolved.get(cls)
        if impl is None:
            impl = _find_impl(cls)
            resolved[cls] = impl
        return impl

    def _find_impl(cls):
        for base in cls.__mro__[:-1]:
            if base in registry:
                return registry[base]
        virtual = [t for t in registry
                   if t is not object and t not in cls.__mro__ and issubclass(cls, t)]
        if virtual:
            return registry[_most_specific(virtual)]
        return registry[object]

    def register(cls, func=None):
        """Adds an implementation for a class (or union), given or read from an annotation."""
        if _dispatch_types(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            argname, cls = next(iter(annotations.items()))
            if _dispatch_types(cls) is None:
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for t in _dispatch_types(cls):
            registry[t] = func
        resolved.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that picks an implementation by the type of its first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Adds an implementation, as singledispatch's register does."""
        return self.dispatcher.register(cls, func=method)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            chosen = dispatch(args[0].__class__).__get__(obj, cls)
            return chosen(*args, **kwargs)
        update_wrapper(_method, self.func)
        _method.register = self.register
        _method.__isabstractmethod__ = self.__isabstractmethod__
        return _method


# --- cached_property ---------------------------------------------------------------------

class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None        # learnt from __set_name__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname not in (None, name):
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            with self.lock:
                # Another thread may have computed it while we waited.
                value = store.get(name, _ABSENT)
                if value is _ABSENT:
                    value = self.func(instance)
                    try:
                        store[name] = value
                    except TypeError:
                        raise TypeError(
                            f"The '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance does not support item assignment for caching "
                            f"{name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
