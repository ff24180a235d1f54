"""Registries used by pickle and copy, and the default reductions of object (Taipan's own).

object.__reduce_ex__ (Java) calls _reduce_newobj for protocols 2 and up and _reduce_ex below
that; object.__getstate__ calls _object_state. The extension registry maps (module, name)
pairs to the small integer codes of the EXT1/EXT2/EXT4 pickle opcodes.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> the object, filled by the unpickler


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reduction of objects of type ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reduce_complex(c):
    return complex, (c.real, c.imag)


def _reduce_union(u):
    import functools
    import operator
    return functools.reduce, (operator.or_, u.__args__)


pickle(complex, _reduce_complex, complex)
pickle(type(int | str), _reduce_union)


# --- the reconstructors named in pickles ---

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    # protocols 0 and 1: a new cls built by its first built-in base from state
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


# --- the default reductions of object ---

def _builtin_base(cls):
    """The first class of cls's MRO not defined in Python (its instance layout)."""
    for klass in cls.__mro__:
        if not (klass.__flags__ & 512):     # Py_TPFLAGS_HEAPTYPE
            return klass
    return object


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases, private names mangled; cached on cls."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__")
            if declared is None:
                continue
            for name in ((declared,) if isinstance(declared, str) else declared):
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        name = "_" + owner + name
                found.append(name)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


def _object_state(obj, required):
    """What object.__getstate__ returns: the instance dict (None when empty), paired with a
    dict of the set slot values when there are some. `required` refuses built-in layouts."""
    cls = type(obj)
    if required and _builtin_base(cls) is not object:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _state_for_pickle(obj, required):
    getstate = getattr(type(obj), "__getstate__", None)
    if getstate is object.__getstate__ and "__getstate__" not in getattr(obj, "__dict__", {}):
        return _object_state(obj, required)
    return obj.__getstate__()


def _new_arguments(obj):
    """(args, kwargs) from __getnewargs_ex__ or __getnewargs__, (None, None) without them."""
    hook = getattr(obj, "__getnewargs_ex__", None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    hook = getattr(obj, "__getnewargs__", None)
    if hook is not None:
        args = hook()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    return None, None


def _reduce_newobj(obj):
    """object.__reduce_ex__ for protocols 2 and up."""
    cls = type(obj)
    args, kwargs = _new_arguments(obj)
    if kwargs:
        maker, maker_args = __newobj_ex__, (cls, args, kwargs)
    else:
        maker, maker_args = __newobj__, (cls,) + (args or ())
    required = not (args is not None or isinstance(obj, (list, dict)))
    state = _state_for_pickle(obj, required)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return maker, maker_args, state, items, pairs


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1 (and object.__reduce__)."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        base_state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        base_state = base(self)
    args = (cls, base, base_state)
    getstate = getattr(type(self), "__getstate__", None)
    if getstate is None:
        if getattr(self, "__slots__", None):
            raise TypeError("cannot pickle %r object: a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled with protocol %d"
                            % (cls.__name__, proto))
        state = getattr(self, "__dict__", None)
    else:
        if getstate is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        state = self.__getstate__()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


# --- the extension registry (EXT1/EXT2/EXT4 opcodes) ---

def add_extension(module, name, code):
    """Registers an extension code for the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code (for testing)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
