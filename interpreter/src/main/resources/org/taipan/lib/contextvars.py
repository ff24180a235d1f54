"""Context variables (PEP 567): values that follow the flow of control.

Taipan's own implementation in Python. A Context is an immutable-looking
mapping from ContextVar to value; each thread has a current context, and
Context.run makes another one current for the duration of a call (this is how
asyncio gives every task its own values).
"""

import _thread

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

_MISSING = object()
_per_thread = _thread._local()


def _current():
    ctx = getattr(_per_thread, 'context', None)
    if ctx is None:
        ctx = Context()
        _per_thread.context = ctx
    return ctx


def copy_context():
    """A new Context holding the current context's values."""
    fresh = Context()
    fresh._values = dict(_current()._values)
    return fresh


class Context:
    """A mapping of ContextVar to value; run() makes it the current one."""

    __slots__ = ('_values', '_entered')

    def __init__(self):
        self._values = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self!r} is already entered')
        previous = getattr(_per_thread, 'context', None)
        self._entered = True
        _per_thread.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _per_thread.context = previous
            self._entered = False

    def copy(self):
        twin = Context()
        twin._values = dict(self._values)
        return twin

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._values[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._values.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(list(self._values))

    def keys(self):
        return list(self._values.keys())

    def values(self):
        return list(self._values.values())

    def items(self):
        return list(self._values.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None


class ContextVar:
    """A variable whose value is looked up in the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        values = _current()._values
        if self in values:
            return values[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._values.get(self, Token.MISSING)
        # A fresh dict, so copies taken earlier keep their own values.
        updated = dict(ctx._values)
        updated[self] = value
        ctx._values = updated
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        updated = dict(ctx._values)
        if token._old is Token.MISSING:
            updated.pop(self, None)
        else:
            updated[self] = token._old
        ctx._values = updated
        token._used = True

    def __repr__(self):
        text = f"<ContextVar name={self._name!r}"
        if self._default is not _MISSING:
            text += f" default={self._default!r}"
        return text + f" at {id(self):#x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# CPython's classes come from its C module _contextvars; reprs show that name.
for _cls in (Context, ContextVar):
    _cls.__module__ = '_contextvars'
del _cls


class _MissingMarker:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: lets reset() restore the earlier value."""

    __slots__ = ('_context', '_var', '_old', '_used')
    MISSING = _MissingMarker()

    def __init__(self, context, var, old):
        self._context = context
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"


Token.__module__ = '_contextvars'
