"""Weak references: refs and proxies, weak dictionaries and sets, finalizers.

Taipan's own implementation on the _weakref module.  The JVM, not reference counts, decides
when an object dies, so callbacks run at the next sweep after the collector freed the
referent; gc.collect() forces both, which is what portable code calls before checking.
"""

import _weakref
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _remove_dead_weakref
import _collections_abc
from _weakrefset import WeakSet
import sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# --- proxies -----------------------------------------------------------------------------

def _target(p):
    obj = object.__getattribute__(p, '_proxy_ref')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


class ProxyType:
    """A proxy forwarding every operation to a weakly referenced object."""

    __slots__ = ('_proxy_ref', '__weakref__')

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_proxy_ref')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *exc):
        return _target(self).__exit__(*exc)


def _unwrap(x):
    return _target(x) if isinstance(x, ProxyTypes) else x


def _forward_binary(name, op):
    def forward(self, other):
        return op(_target(self), _unwrap(other))
    forward.__name__ = name
    setattr(ProxyType, name, forward)


def _forward_reflected(name, op):
    def forward(self, other):
        return op(_unwrap(other), _target(self))
    forward.__name__ = name
    setattr(ProxyType, name, forward)


def _forward_inplace(name, op):
    def forward(self, other):
        # the proxy keeps referring to the same object, as CPython's does
        op(_target(self), _unwrap(other))
        return self
    forward.__name__ = name
    setattr(ProxyType, name, forward)


def _install_operators():
    import operator
    for op in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
               'lshift', 'rshift', 'and', 'xor', 'or'):
        fn = divmod if op == 'divmod' else getattr(operator, op + '_' if op in ('and', 'or') else op)
        _forward_binary('__%s__' % op, fn)
        _forward_reflected('__r%s__' % op, fn)
        if op != 'divmod':
            _forward_inplace('__i%s__' % op, getattr(operator, 'i' + op))
    for op in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        _forward_binary('__%s__' % op, getattr(operator, op))


_install_operators()


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)
_proxies = {}


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive; callback(proxy) runs when obj dies."""
    _weakref._check_weakrefable(obj)
    cls = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        # CPython hands out one shared callback-less proxy per object
        key = id(obj)
        known = _proxies.get(key)
        if known is not None:
            p = known()
            if p is not None and object.__getattribute__(p, '_proxy_ref')() is obj:
                return p
    p = object.__new__(cls)
    if callback is not None:
        def relay(_, p_ref=ref(p)):
            p_alive = p_ref()
            if p_alive is not None:
                callback(p_alive)
        r = ref(obj, relay)
    else:
        r = ref(obj, lambda _, key=id(obj): _proxies.pop(key, None))
        _proxies[id(obj)] = ref(p)
    object.__setattr__(p, '_proxy_ref', r)
    return p


# --- WeakMethod --------------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method.

    A bound method is made afresh at each attribute lookup, so a plain ref to
    one dies at once; this one refers to the method's object and function
    separately and rebuilds the method when called.  It is dead as soon as
    either of the two dies.
    """

    def __new__(cls, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_death(_):
            # Runs for whichever of object and function dies first; only
            # the first death counts.
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, target, on_death)
        self._func_ref = ref(function, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        target = ref.__call__(self)
        function = self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def _same_method(self, other):
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return self._same_method(other)

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return not self._same_method(other)

    __hash__ = ref.__hash__


# --- weak dictionaries -------------------------------------------------------------------

class KeyedRef(ref):
    """A weak reference that also carries the dictionary key it is filed under.

    WeakValueDictionary's death callback gets the reference only; the key on
    it says which entry to drop.
    """

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _owner_callback(owner, drop):
    # A death callback bound to `owner` weakly: drop(owner, dead_ref) runs
    # only while the owning dictionary itself is alive.
    owner_ref = ref(owner)

    def callback(dead_ref):
        alive = owner_ref()
        if alive is not None:
            drop(alive, dead_ref)
    return callback


def _mapping_pairs(source):
    # dict.update's rule: anything with items() is a mapping, anything else
    # an iterable of pairs.
    if not hasattr(source, 'items'):
        source = dict(source)
    return source.items()


def _weak_repr(mapping):
    return '<%s at %#x>' % (type(mapping).__name__, id(mapping))


def _merged(first, second, factory):
    result = factory()
    result.update(first)
    result.update(second)
    return result


class _WeakMappingOperators:
    """The | operators the weak dictionaries share; `|` answers the base weak class (not a
    subclass), as CPython does, `|=` updates in place."""

    _merge_result = None

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            return _merged(self, other, self._merge_result)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            return _merged(other, self, type(self))
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMappingOperators, _collections_abc.MutableMapping):
    """A mapping that holds its values weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = _owner_callback(
            self, lambda owner, dead: _remove_dead_weakref(owner.data, dead.key))
        self.data = {}
        self.update(other, **kw)

    def _file(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def _value_or_none(self, key):
        holder = self.data.get(key)
        return None if holder is None else holder()

    def _live_pairs(self):
        # A snapshot of the references: values may die while a caller loops.
        for key, holder in list(self.data.items()):
            value = holder()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._file(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return self._value_or_none(key) is not None

    def __len__(self):
        return sum(1 for _ in self._live_pairs())

    def __iter__(self):
        for key, _ in self._live_pairs():
            yield key

    def __repr__(self):
        return _weak_repr(self)

    def get(self, key, default=None):
        value = self._value_or_none(key)
        return default if value is None else value

    def keys(self):
        for key, _ in self._live_pairs():
            yield key

    def values(self):
        for _, value in self._live_pairs():
            yield value

    def items(self):
        yield from self._live_pairs()

    def itervaluerefs(self):
        """Yields the weak references to the values (some may be dead)."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of the weak references to the values (some may be dead)."""
        return list(self.data.values())

    def pop(self, key, *default):
        holder = self.data.pop(key, None)
        value = None if holder is None else holder()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, holder = self.data.popitem()
            value = holder()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self._value_or_none(key)
        if value is None:
            self._file(key, default)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            for key, value in _mapping_pairs(other):
                self._file(key, value)
        for key, value in kwargs.items():
            self._file(key, value)

    def copy(self):
        duplicate = WeakValueDictionary()
        for key, value in self._live_pairs():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in self._live_pairs():
            duplicate[deepcopy(key, memo)] = value
        return duplicate


class WeakKeyDictionary(_WeakMappingOperators, _collections_abc.MutableMapping):
    """A mapping that holds its keys weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _owner_callback(self, lambda owner, dead: owner.data.pop(dead, None))
        if dict is not None:
            self.update(dict)

    def _live_pairs(self):
        for holder, value in list(self.data.items()):
            key = holder()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __len__(self):
        return sum(1 for holder in list(self.data) if holder() is not None)

    def __iter__(self):
        for key, _ in self._live_pairs():
            yield key

    def __repr__(self):
        return _weak_repr(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        for key, _ in self._live_pairs():
            yield key

    def values(self):
        for _, value in self._live_pairs():
            yield value

    def items(self):
        yield from self._live_pairs()

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead)."""
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            holder, value = self.data.popitem()
            key = holder()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            for key, value in _mapping_pairs(dict):
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._live_pairs():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in self._live_pairs():
            duplicate[key] = deepcopy(value, memo)
        return duplicate


# --- finalize ----------------------------------------------------------------------------

class _Pending:
    """What a live finalizer will do: its referent, call, exit flag and age."""

    __slots__ = ('referent', 'func', 'args', 'kwargs', 'atexit', 'serial')


class finalize:
    """Calls func(*args, **kwargs) once: when obj dies, when called, or at exit.

    A finalizer is alive until it has run or been detached.  Live finalizers
    whose atexit flag is true run at interpreter exit, newest first.
    """

    __slots__ = ()
    _registry = {}            # live finalizer -> _Pending
    _shutdown = False
    _registered_with_atexit = False
    _serials = iter(range(1 << 62))
    _made = 0                 # finalizers ever made, to notice new ones

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        pending = _Pending()
        pending.referent = ref(obj, self)
        pending.func = func
        pending.args = args
        pending.kwargs = kwargs or None
        pending.atexit = True
        pending.serial = next(finalize._serials)
        finalize._made += 1
        finalize._registry[self] = pending

    def _call_parts(self):
        # (obj, func, args, kwargs) while alive and the referent lives.
        pending = finalize._registry.get(self)
        if pending is None:
            return None
        obj = pending.referent()
        if obj is None:
            return None
        return (obj, pending.func, pending.args, pending.kwargs or {})

    def __call__(self, _=None):
        """If alive, marks the finalizer dead and returns func's result."""
        pending = finalize._registry.pop(self, None)
        if pending is not None and not finalize._shutdown:
            return pending.func(*pending.args, **(pending.kwargs or {}))

    def detach(self):
        """If alive, marks it dead and returns (obj, func, args, kwargs)."""
        parts = self._call_parts()
        if parts is not None and finalize._registry.pop(self, None) is not None:
            return parts
        return None

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        return self._call_parts()

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        pending = finalize._registry.get(self)
        return pending is not None and pending.atexit

    @atexit.setter
    def atexit(self, value):
        pending = finalize._registry.get(self)
        if pending is not None:
            pending.atexit = bool(value)

    def __repr__(self):
        parts = self._call_parts()
        if parts is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        obj = parts[0]
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exit_queue(cls):
        # Live finalizers meant to run at exit, oldest first.
        chosen = [(p.serial, f) for f, p in cls._registry.items() if p.atexit]
        chosen.sort(key=lambda entry: entry[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Newest first.  A finalizer made while exiting is the newest of all,
        # so the queue is rebuilt whenever one was made.
        try:
            made = cls._made
            queue = cls._exit_queue()
            while queue:
                current = queue.pop()
                try:
                    current()
                except Exception:
                    sys.excepthook(*sys.exc_info())
                if cls._made != made:
                    made = cls._made
                    queue = cls._exit_queue()
        finally:
            finalize._shutdown = True


WeakValueDictionary._merge_result = WeakValueDictionary
WeakKeyDictionary._merge_result = WeakKeyDictionary
