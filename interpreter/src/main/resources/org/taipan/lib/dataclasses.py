"""Data classes: generated __init__, __repr__, comparisons and hashing from annotations.

(Taipan's own implementation.)  The generated methods are real Python
functions compiled from source text, so that their signatures, argument
errors and tracebacks are those of ordinary functions.
"""

import copy
import keyword
import sys
import types
from _thread import get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised on assigning to, or deleting, a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()       # "no default": None is a valid default


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()       # annotate a pseudo-field with it: later fields are keyword-only


class _FactoryMarker:
    # The default of an __init__ parameter whose field has a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()


class _FieldKind:
    """What an annotated name is: a real field, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class InitVar:
    """Annotation for an __init__-only pseudo-field, passed on to __post_init__."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


# --- fields ------------------------------------------------------------------------------

_NO_METADATA = types.MappingProxyType({})


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only')


class Field:
    """How one field behaves; made by field(), completed when the class is processed."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = types.MappingProxyType(metadata) if metadata else _NO_METADATA
        self.kw_only = kw_only

    def __repr__(self):
        shown = ','.join('%s=%r' % (name, getattr(self, name)) for name in _FIELD_REPR_ORDER)
        return 'Field(%s,_field_type=%s)' % (shown, self._field_type)

    def __set_name__(self, owner, name):
        # A descriptor used as a default is told its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    """The options @dataclass was given, kept on the class as __dataclass_params__."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for name, value in zip(self.__slots__, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, name, value)

    def __repr__(self):
        shown = ','.join('%s=%r' % (name, getattr(self, name)) for name in self.__slots__)
        return '_DataclassParams(%s)' % shown


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes a field beyond its annotation and default (see the Field attributes)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_kind(annotation):
    typing = sys.modules.get('typing')
    class_var = getattr(typing, 'ClassVar', None)
    if class_var is not None and (annotation is class_var
                                  or getattr(annotation, '__origin__', None) is class_var):
        return _FIELD_CLASSVAR
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    if isinstance(annotation, str):
        # String annotations are recognised by their spelling only.
        head = annotation.split('[')[0].strip()
        if head in ('ClassVar', 'typing.ClassVar'):
            return _FIELD_CLASSVAR
        if head in ('InitVar', 'dataclasses.InitVar'):
            return _FIELD_INITVAR
    return _FIELD


def _make_field(cls, name, annotation, default_kw_only):
    found = cls.__dict__.get(name, MISSING)
    if isinstance(found, Field):
        f = found
    else:
        if isinstance(found, types.MemberDescriptorType):
            found = MISSING     # a __slots__ entry, not a default
        f = field(default=found)
    f.name, f.type = name, annotation
    f._field_type = _annotation_kind(annotation)
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        # Unhashable defaults (list, dict, set) would be shared by all instances.
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# --- generating methods ------------------------------------------------------------------

class _MethodMaker:
    """Compiles methods from source lines, with named values the source can refer to."""

    def __init__(self, cls, module_globals):
        self.cls = cls
        self.module_globals = module_globals
        self.values = {}

    def name_for(self, prefix, value):
        # A name under which `value` is visible to generated code.
        name = '__dataclass_%s_%d__' % (prefix, len(self.values))
        self.values[name] = value
        return name

    def make(self, name, params, body, returns=None):
        header = 'def %s(%s)%s:' % (name, params, '' if returns is None else ' -> ' + returns)
        lines = [header] + ['  ' + line for line in (body or ['pass'])]
        wrapper = 'def __make__(%s):\n%s\n return %s' % (
            ', '.join(self.values), '\n'.join(' ' + l for l in lines), name)
        scope = {}
        exec(wrapper, self.module_globals, scope)
        function = scope['__make__'](**self.values)
        function.__qualname__ = '%s.%s' % (self.cls.__qualname__, name)
        return function


def _repr_guard(method):
    # A recursive structure shows '...' where it comes back to itself.
    active = set()

    def __repr__(self):
        key = (id(self), get_ident())
        if key in active:
            return '...'
        active.add(key)
        try:
            return method(self)
        finally:
            active.discard(key)
    __repr__.__qualname__ = method.__qualname__
    __repr__.__wrapped__ = method
    return __repr__


def _tuple_of(obj, flds):
    return '(%s)' % ''.join('%s.%s,' % (obj, f.name) for f in flds)


def _init_source(maker, all_fields, frozen, has_post_init, self_name):
    """The parameter list and body lines of __init__."""
    object_name = maker.name_for('object', object)
    factory_marker = maker.name_for('factory', _HAS_DEFAULT_FACTORY)
    positional, keyword_only, body = [], [], []
    for f in all_fields:
        if f._field_type not in (_FIELD, _FIELD_INITVAR):
            continue
        if f.init:
            param = '%s:%s' % (f.name, maker.name_for('type', f.type))
            if f.default_factory is not MISSING:
                param += '=' + factory_marker
            elif f.default is not MISSING:
                param += '=' + maker.name_for('default', f.default)
            (keyword_only if f.kw_only else positional).append(param)
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            make_value = maker.name_for('factory', f.default_factory) + '()'
            value = (f'{make_value} if {f.name} is {factory_marker} else {f.name}'
                     if f.init else make_value)
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = maker.name_for('default', f.default)
        else:
            continue
        if frozen:
            body.append(f'{object_name}.__setattr__({self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append('%s.__post_init__(%s)' % (self_name, ','.join(initvars)))
    params = [self_name] + positional + (['*'] + keyword_only if keyword_only else [])
    return ','.join(params), body


def _check_default_order(std_fields):
    seen_default = False
    for f in std_fields:
        if not f.init:
            continue
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')


def _install(cls, name, value):
    """Sets cls.name unless the class defines it itself; True when it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _frozen_methods(maker, cls, field_list):
    cls_name = maker.name_for('cls', cls)
    error = maker.name_for('error', FrozenInstanceError)
    names = '(%s)' % ''.join('%r,' % f.name for f in field_list)
    guard = f'if type(self) is {cls_name} or name in {names}:'
    setter = maker.make('__setattr__', 'self, name, value', [
        guard, f' raise {error}(f"cannot assign to field {{name!r}}")',
        f'super({cls_name}, self).__setattr__(name, value)'])
    deleter = maker.make('__delattr__', 'self, name', [
        guard, f' raise {error}(f"cannot delete field {{name!r}}")',
        f'super({cls_name}, self).__delattr__(name)'])
    return setter, deleter


def _decide_hash(cls, eq, frozen, unsafe_hash):
    """'add', 'none' or 'keep': what to do with __hash__ under the dataclass rules."""
    own = cls.__dict__.get('__hash__', MISSING)
    # __hash__ = None put there by defining __eq__ does not count as explicit.
    explicit = not (own is MISSING or (own is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if not eq or explicit:
        return 'keep'
    return 'add' if frozen else 'none'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    module = sys.modules.get(cls.__module__)
    maker = _MethodMaker(cls, module.__dict__ if module is not None else {})
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields = {}
    base_frozen = None
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get(_FIELDS)
        if inherited is not None:
            all_fields.update((f.name, f) for f in inherited.values())
            base_frozen = base_frozen or getattr(base, _PARAMS).frozen
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    default_kw_only = kw_only
    marker_name = None
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str)
                                     and annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if marker_name is not None:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_name = name
            default_kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, default_kw_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            # The Field object itself must not stay as the class attribute.
            delattr(cls, f.name)
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if base_frozen is not None:
        if base_frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not base_frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)
    hash_action = _decide_hash(cls, eq, frozen, unsafe_hash)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    everything = list(all_fields.values())
    real = [f for f in everything if f._field_type is _FIELD]
    std_init = [f for f in everything
                if f._field_type in (_FIELD, _FIELD_INITVAR) and not f.kw_only]
    if init:
        _check_default_order(std_init)
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        params, body = _init_source(maker, everything, frozen,
                                    hasattr(cls, '__post_init__'), self_name)
        _install(cls, '__init__', maker.make('__init__', params, body,
                                             returns=maker.name_for('return', None)))
    if repr:
        shown = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in real if f.repr)
        text = maker.make('__repr__', 'self',
                          ['return self.__class__.__qualname__ + f"(%s)"' % shown])
        _install(cls, '__repr__', _repr_guard(text))
    compared = [f for f in real if f.compare]
    mine, theirs = _tuple_of('self', compared), _tuple_of('other', compared)
    if eq:
        _install(cls, '__eq__', maker.make('__eq__', 'self, other', [
            'if other.__class__ is self.__class__:',
            f' return {mine}=={theirs}',
            'return NotImplemented']))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            method = maker.make(name, 'self, other', [
                'if other.__class__ is self.__class__:',
                f' return {mine}{op}{theirs}',
                'return NotImplemented'])
            if _install(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        for method in _frozen_methods(maker, cls, real):
            if _install(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')
    if hash_action == 'add':
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = maker.make('__hash__', 'self', ['return hash(%s)' % _tuple_of('self', hashed)])
    elif hash_action == 'none':
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        cls.__doc__ = _describe(cls)
    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in std_init))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    import abc
    abc.update_abstractmethods(cls)
    return cls


def _describe(cls):
    # The default docstring: the class name and its __init__ signature.
    try:
        import inspect
        return cls.__name__ + str(inspect.signature(cls)).replace(' -> None', '')
    except (TypeError, ValueError):
        return ''


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    # Slots can only be declared when a class is created: make it again.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = {s for base in cls.__mro__[1:-1]
                 for s in base.__dict__.get('__slots__', ())}
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        # Without a __dict__, pickling needs help to bypass __setattr__.
        cls.__getstate__ = _frozen_getstate
        cls.__setstate__ = _frozen_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator: adds __init__, __repr__, __eq__ and more, from the annotated fields."""
    def process(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    return process if cls is None else process(cls)


# --- working with dataclass instances ----------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in order (no ClassVar or InitVar)."""
    try:
        known = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in known.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass and for an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, make_dataclass_value):
    # Deep conversion shared by asdict and astuple: containers are rebuilt
    # with the same type, other values deep-copied.
    def convert(value):
        if _is_dataclass_instance(value):
            return make_dataclass_value(value, convert)
        if isinstance(value, tuple) and hasattr(value, '_fields'):
            return type(value)(*[convert(v) for v in value])    # a namedtuple
        if isinstance(value, (list, tuple)):
            return type(value)(convert(v) for v in value)
        if isinstance(value, dict):
            return type(value)((convert(k), convert(v)) for k, v in value.items())
        return copy.deepcopy(value)
    return convert(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, converted recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, lambda value, convert: dict_factory(
        [(f.name, convert(getattr(value, f.name))) for f in fields(value)]))


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, converted recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda value, convert: tuple_factory(
        [convert(getattr(value, f.name)) for f in fields(value)]))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Creates a dataclass from a list of names, (name, type) or (name, type, Field)."""
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, body[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation
    body['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, lambda ns: ns.update(body))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed (through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        given = f.name in changes
        if f._field_type is _FIELD_CLASSVAR or (f.init and given):
            continue
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
        elif f._field_type is _FIELD_INITVAR and f.default is MISSING:
            raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
        else:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
