"""Generic (shallow and deep) copying operations (Taipan's own implementation)."""

import types as _types
from _weakref import ref as _weakref_type


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range,
           slice, property, _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           _types.FunctionType, _types.CodeType, _weakref_type)
# slices and frozensets are rebuilt by a deep copy (through their reduction), as in CPython
_ATOMIC_DEEP = tuple(t for t in _ATOMIC if t not in (tuple, frozenset, slice))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set) or cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:
        # a reduction given as a string names a global: the object is its own copy
        return x
    return _reconstruct(x, None, *rv)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__'):
                names.append(name)
    return names


def _default_reduce(x, cls):
    # object.__reduce_ex__(4) for plain instances: a new object of the class, then its state
    args = ()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = getstate(x)
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), state, listiter, dictiter


def _reduce(x, cls):
    if (getattr(cls, '__reduce_ex__', None) is getattr(object, '__reduce_ex__', None)
            and getattr(cls, '__reduce__', None) is getattr(object, '__reduce__', None)):
        return _default_reduce(x, cls)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is getattr(object, '__reduce_ex__', None):
        # object.__reduce_ex__ defers to an overridden __reduce__
        rv = x.__reduce__()
    elif reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(x, '__reduce__', None)
        if reductor is None:
            raise Error("un(shallow)copyable object of type %s" % cls)
        rv = reductor()
    if isinstance(rv, str):
        return None
    return rv


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC_DEEP:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif issubclass(cls, type):
        y = x
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None or isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
