"""Generic (shallow and deep) copying operations (Taipan's own implementation)."""

import types as _types
import copyreg as _copyreg
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


def _reduce(x, cls):
    # the reduction pickle would use: copyreg's table, then __reduce_ex__(4), then __reduce__
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        reductor = getattr(x, '__reduce_ex__', None)
        if reductor is not None:
            rv = reductor(4)
        else:
            reductor = getattr(x, '__reduce__', None)
            if reductor is None:
                raise Error("un(shallow)copyable object of type %s" % cls)
            rv = reductor()
    if isinstance(rv, str):
        return None
    return rv


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied, recursively.

    `memo` maps id(original) to its copy, so that shared and cyclic
    references are copied once; it also keeps the originals alive (under
    id(memo)) so that their ids stay unique while copying.
    """
    if memo is None:
        memo = {}
    known = memo.get(id(x), _nil)
    if known is not _nil:
        return known
    y = _deep(x, type(x), memo)
    if y is not x:
        memo[id(x)] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _deep(x, cls, memo):
    # The deep copy of x, by its type; containers register themselves in
    # memo before their items are copied, so that cycles come back to them.
    if cls in _ATOMIC_DEEP or issubclass(cls, type):
        return x
    if cls is list:
        result = memo[id(x)] = []
        result.extend(deepcopy(item, memo) for item in x)
        return result
    if cls is dict:
        result = memo[id(x)] = {}
        for key, value in x.items():
            result[deepcopy(key, memo)] = deepcopy(value, memo)
        return result
    if cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if id(x) in memo:
            return memo[id(x)]      # an item referred back to this tuple
        unchanged = all(new is old for new, old in zip(items, x))
        return x if unchanged else tuple(items)
    if cls in (set, frozenset):
        return cls(deepcopy(item, memo) for item in x)
    if cls is slice:
        return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    hook = getattr(x, '__deepcopy__', None)
    if hook is not None:
        return hook(memo)
    reduction = _reduce(x, cls)
    if reduction is None or isinstance(reduction, str):
        return x
    return _reconstruct(x, memo, *reduction)


def _same(value):
    return value


def _set_state(y, state):
    # What unpickling does with a state: __setstate__, or a __dict__ update
    # plus slot values when the state is a (dict, slots) pair.
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    for name, value in (slots or {}).items():
        setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    """Rebuilds an object from its reduction (func, args, state, list items, dict items).

    With a memo the parts are deep-copied; without one they are shared.
    """
    copied = _same if memo is None else (lambda value: deepcopy(value, memo))
    if memo is not None and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, copied(state))
    for item in listiter or ():
        y.append(copied(item))
    for key, value in dictiter or ():
        key = copied(key)
        y[key] = copied(value)
    return y
