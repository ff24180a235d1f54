"""Runtime support for type hints: the objects annotations are made of (Any, Union,
Optional, the generic aliases List/Dict/Callable/..., TypeVar, Generic, Protocol, Literal,
Annotated, NamedTuple, TypedDict, NewType, ...) and the functions that inspect them
(get_origin, get_args, get_type_hints). Reprs, attributes and errors follow CPython 3.11."""

import collections
import collections.abc
import functools
import operator
import sys
import types
from abc import abstractmethod, ABCMeta

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    """How an annotation shows inside another's repr: classes by qualified name (builtins
    bare), ... as '...', functions by name, anything else by repr."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _type_convert(arg, module=None):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that arg can be used as a type inside msg's construct (None becomes NoneType,
    a string a ForwardRef); raise TypeError '<msg> Got <arg>.' otherwise."""
    # Forms that may not be subscripted-and-used here: ClassVar only at class level,
    # Final also not as an argument.
    refused = [Generic, Protocol]
    if not allow_special_forms:
        refused.append(ClassVar)
        if is_argument:
            refused.append(Final)
    arg = _type_convert(arg, module=module)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in refused:
        raise TypeError(f"{arg} is not valid as type argument")
    # Bare special forms: some stand for a type on their own, the others need arguments.
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias) or (
            allow_special_forms and arg in (ClassVar, Final)):
        return arg
    if arg in (Generic, Protocol) or isinstance(arg, _SpecialForm):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    found = []

    def note(candidate):
        if candidate not in found:
            found.append(candidate)

    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            note(arg)
        else:
            for inner in getattr(arg, '__parameters__', ()):
                note(inner)
    return tuple(found)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    given = len(parameters)
    if given == elen:
        return
    amount = 'many' if given > elen else 'few'
    raise TypeError(f"Too {amount} arguments for {cls}; actual {given}, expected {elen}")


def _deduplicate(params):
    seen = []
    for p in params:
        if p not in seen:
            seen.append(p)
    return seen


def _remove_dups_flatten(parameters):
    """Union arguments: nested unions flattened, duplicates dropped (first kept)."""
    flat = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return tuple(_deduplicate(flat))


def _tp_cache(func):
    return func


class _Final:
    """Mixin forbidding subclasses of typing's own special objects."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# --- special forms ------------------------------------------------------------------------

class _SpecialForm(_Final, _root=True):
    """A typing construct that is not a class: NoReturn, ClassVar, Union, Literal, ...;
    subscripting it calls its getitem function."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    # Forms are neither types nor callables: every such use is refused.
    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return self._name
        raise AttributeError(attr)

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        # Pickled by name: the module attribute of that name is the form itself.
        return self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _LiteralSpecialForm(_SpecialForm, _root=True):
    """A form whose subscript tuple is spread over its getitem's arguments (Literal)."""

    def __getitem__(self, parameters):
        spread = parameters if isinstance(parameters, tuple) else (parameters,)
        return self._getitem(self, *spread)


class _AnyMeta(type):
    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()

    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should be recognized as a type alias."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    members = parameters if isinstance(parameters, tuple) else (parameters,)
    members = _remove_dups_flatten(tuple(
        _type_check(m, "Union[arg, ...]: each arg must be a type.") for m in members))
    if len(members) == 1:
        return members[0]
    # Shown and named as Optional when exactly one of the two members is None.
    optional = len(members) == 2 and type(None) in members
    return _UnionGenericAlias(self, members, name="Optional" if optional else None)


@_SpecialForm
def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    seen = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to add, remove or transform parameters."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    items = parameters if isinstance(parameters, tuple) else (parameters,)
    *heads, last = items
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    checked = [_type_check(h, "Concatenate[arg, ...]: each arg must be a type.") for h in heads]
    return _GenericAlias(self, (*checked, last))


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference (an annotation given as a string)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_code__ = code
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        # Filled in by the first _evaluate.
        self.__forward_value__ = None
        self.__forward_evaluated__ = False

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        arg = self.__forward_arg__
        if arg in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        # A missing namespace borrows the other one; with neither, evaluate in an empty one.
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__, None)
            globalns = getattr(module, '__dict__', globalns)
        value = eval(self.__forward_code__, globalns, localns)
        value = _type_check(value, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(value, globalns, localns, recursive_guard | {arg})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def _identity(self):
        return (self.__forward_arg__, self.__forward_module__)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if not (self.__forward_evaluated__ and other.__forward_evaluated__):
            return self._identity() == other._identity()
        # Two evaluated references are equal when they name and resolved to the same thing.
        return ((self.__forward_arg__, self.__forward_value__)
                == (other.__forward_arg__, other.__forward_value__))

    def __hash__(self):
        return hash(self._identity())

    def __repr__(self):
        module = self.__forward_module__
        suffix = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{suffix})'

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# --- type variables -----------------------------------------------------------------------

class _BoundVarianceMixin:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        # +T covariant, -T contravariant, ~T invariant.
        if self.__covariant__:
            return '+' + self.__name__
        return ('-' if self.__contravariant__ else '~') + self.__name__


class TypeVar(_Final, _Immutable, _BoundVarianceMixin, _root=True):
    """Type variable: T = TypeVar('T'), with optional constraints, bound and variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        unpacked = (getattr(arg, '__unpacked__', False) if isinstance(arg, GenericAlias)
                    else isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
        if unpacked:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg

    def __reduce__(self):
        return self.__name__


class TypeVarTuple(_Final, _Immutable, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final, _Immutable, _root=True):
    """The args of a ParamSpec: P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))

    def __eq__(self, other):
        if isinstance(other, ParamSpecArgs):
            return self.__origin__ == other.__origin__
        return NotImplemented

    def __repr__(self):
        return self.__origin__.__name__ + ".args"


class ParamSpecKwargs(_Final, _Immutable, _root=True):
    """The kwargs of a ParamSpec: P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))

    def __eq__(self, other):
        if isinstance(other, ParamSpecKwargs):
            return self.__origin__ == other.__origin__
        return NotImplemented

    def __repr__(self):
        return self.__origin__.__name__ + ".kwargs"


class ParamSpec(_Final, _Immutable, _BoundVarianceMixin, _root=True):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    @property
    def args(self):
        return ParamSpecArgs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, "Expected a type.") for a in arg)
        elif not (arg is ... or isinstance(arg, ParamSpec) or
                  (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {arg}")
        return arg

    def __reduce__(self):
        return self.__name__


# --- generic aliases ----------------------------------------------------------------------

def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


GenericAlias = types.GenericAlias


# Attributes an alias keeps for itself; other non-dunder assignments go to the origin class.
_ALIAS_OWN_ATTRIBUTES = frozenset({'_name', '_inst', '_nparams', '_paramspec_tvars', '_defaults'})


class _BaseGenericAlias(_Final, _root=True):
    """The common part of List (unsubscripted) and List[int]: calling makes an instance of
    the origin class, attribute reads go to it, subclassing one subclasses the origin."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {origin.__name__}() instead")
        instance = origin(*args, **kwargs)
        # Remember the alias used, when the instance accepts new attributes.
        try:
            instance.__orig_class__ = self
        except AttributeError:
            pass
        return instance

    def __mro_entries__(self, bases):
        origin = self.__origin__
        entries = () if origin in bases else (origin,)
        later = bases[bases.index(self) + 1:]
        # Generic is added last unless a later base already brings it.
        if any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later):
            return entries
        return entries + (Generic,)

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return self._name or self.__origin__.__name__
        # Plain attributes are looked up on the origin class (not while it is being set up).
        if not _is_dunder(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if not _is_dunder(attr) and attr not in _ALIAS_OWN_ATTRIBUTES:
            setattr(self.__origin__, attr, val)
        else:
            object.__setattr__(self, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        names = set(super().__dir__())
        names.update(a for a in dir(self.__origin__) if not _is_dunder(a))
        return list(names)


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Box[T], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        args = args if isinstance(args, tuple) else (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        items = args if isinstance(args, tuple) else (args,)
        return self.copy_with(self._determine_new_args(tuple(map(_type_convert, items))))

    def _determine_new_args(self, args):
        params = self.__parameters__
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} arguments for {self};"
                            f" actual {alen}, expected {plen}")
        subst = {p: p.__typing_subst__(a) for p, a in zip(params, args)}
        return tuple(self._substitute(old, subst) for old in self.__args__)

    def _substitute(self, old, subst):
        if hasattr(old, '__typing_subst__'):
            return subst[old]
        sub_params = getattr(old, '__parameters__', ())
        if sub_params:
            sub_args = tuple(subst[x] for x in sub_params)
            return old[sub_args[0] if len(sub_args) == 1 else sub_args]
        if isinstance(old, (list, tuple)):
            return type(old)(self._substitute(x, subst) for x in old)
        return old

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst,
                          _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        inner = ", ".join(map(_type_repr, self.__args__)) if self.__args__ else "()"
        return f'{head}[{inner}]'

    def __reduce__(self):
        # Rebuilt as origin[args]; a named alias is found again through the module.
        origin = globals()[self._name] if self._name else self.__origin__
        args = tuple(self.__args__)
        single = len(args) == 1 and not isinstance(args[0], tuple)
        return operator.getitem, (origin, args[0] if single else args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            # Generic[...] is dropped when Protocol or a later generic alias supplies it.
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _BaseGenericAlias) and b is not self for b in later):
                return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a class: typing.List is list for isinstance, and
    typing.List[int] is a _GenericAlias named 'List'."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else f'{origin.__module__}.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        items = params if isinstance(params, tuple) else (params,)
        checked = tuple(_type_check(p, "Parameters to generic types must be types.")
                        for p in items)
        _check_generic(self, checked, self._nparams)
        return self.copy_with(checked)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            cls = cls.__origin__
        elif isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == 'Callable'
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec)
                               or (isinstance(args[0], _GenericAlias)
                                   and args[0].__origin__ is Concatenate)):
            return super().__repr__()
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and args[0] is ...):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        arguments, result = params
        # A list of argument types is kept as a tuple so the alias stays hashable.
        if isinstance(arguments, list):
            arguments = tuple(arguments)
        return self.__getitem_inner__((arguments, result))

    def __getitem_inner__(self, params):
        arguments, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if arguments is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if isinstance(arguments, tuple):
            checked = [_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.")
                       for a in arguments]
            return self.copy_with((*checked, result))
        return self.copy_with((arguments, result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        items = params if isinstance(params, tuple) else (params,)
        if len(items) > 1 and items[-1] is ...:
            element = items[:-1]
            checked = [_type_check(p, "Tuple[t, ...]: t must be a type.") for p in element]
            return self.copy_with((*checked, _TypingEllipsis))
        return self.copy_with(tuple(
            _type_check(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in items))


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        none = type(None)
        if len(self.__args__) == 2:
            # A two-member union with None is shown as Optional of the other member.
            first, second = self.__args__
            if first is none or second is none:
                return f'typing.Optional[{_type_repr(second if first is none else first)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __reduce__(self):
        func, (_, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    # Literal[1, True] differs from Literal[True, 1]: members compare with their types.
    def _typed_members(self):
        return set(_value_and_type_iter(self.__args__))

    def __hash__(self):
        return hash(frozenset(self._typed_members()))

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return self._typed_members() == other._typed_members()
        return NotImplemented


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    pass


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata; __origin__ is T."""

    def __init__(self, origin, metadata):
        # Annotated[Annotated[T, a], b] flattens to Annotated[T, a, b].
        while isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        (inner,) = params
        return _AnnotatedAlias(inner, self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return ((self.__origin__, self.__metadata__)
                    == (other.__origin__, other.__metadata__))
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Add context specific metadata to a type: Annotated[T, x] is T for type checkers."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


# --- Generic and Protocol -----------------------------------------------------------------

def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or (
        isinstance(x, _UnpackGenericAlias) and isinstance(x.__args__[0], TypeVarTuple))


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) makes Box[int] work."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(
                    f"Parameters to {cls.__name__}[...] must all be type variables "
                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            parameters = cls.__dict__.get('__parameters__', getattr(cls, '__parameters__', ()))
            _check_generic(cls, params, len(parameters))
            new_args = []
            for param, new_arg in zip(parameters, params):
                new_args.append(param.__typing_subst__(new_arg))
            params = tuple(new_args)
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                unlisted = [t for t in tvars if t not in set(gvars)]
                if unlisted:
                    raise TypeError(
                        f"Some type variables ({', '.join(map(str, unlisted))}) are"
                        f" not listed in Generic[{', '.join(map(str, gvars))}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_TYPING_INTERNALS = frozenset({'__parameters__', '__orig_bases__', '__orig_class__',
                               '_is_protocol', '_is_runtime_protocol'})
_SPECIAL_NAMES = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                            '__init__', '__module__', '__new__', '__slots__',
                            '__subclasshook__', '__weakref__', '__class_getitem__',
                            '__qualname__', '__firstlineno__', '__static_attributes__',
                            '_abc_impl', '_abc_registry', '_abc_cache',
                            '_abc_negative_cache', '_abc_negative_cache_version',
                            '__init_subclass__', '__match_args__'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _TYPING_INTERNALS \
                    and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def _instance_has_member(protocol, instance, attr):
    """Structural check of one member: present, and not None where a method is expected."""
    if not hasattr(instance, attr):
        return False
    return not callable(getattr(protocol, attr, None)) or getattr(instance, attr) is not None


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if (is_protocol and not getattr(cls, '_is_runtime_protocol', False)
                and not _allow_reckless_class_checks()):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        nominal_ok = not is_protocol or _is_callable_members_only(cls)
        if nominal_ok and issubclass(instance.__class__, cls):
            return True
        if cls._is_protocol and all(_instance_has_member(cls, instance, attr)
                                    for attr in _get_protocol_attrs(cls)):
            return True
        return super().__instancecheck__(instance)


def _allow_reckless_class_checks(depth=2):
    """True when the check comes from abc or functools machinery (which probe protocols
    with issubclass and must get NotImplemented, not an error): frame `depth` above this
    one is in those modules."""
    try:
        return sys._getframe(depth).f_globals.get('__name__') in {'abc', 'functools'}
    except ValueError:
        return True


def _provides_member(klass, attr):
    """Whether `klass` supplies protocol member `attr`: defined along its MRO (not set to
    None there), or annotated in a protocol base."""
    for base in klass.__mro__:
        namespace = base.__dict__
        if attr in namespace:
            return namespace[attr] is not None
        annotations = getattr(base, '__annotations__', {})
        annotated = isinstance(annotations, collections.abc.Mapping) and attr in annotations
        if annotated and issubclass(klass, Generic) and klass._is_protocol:
            return True
    return False


def _may_be_protocol_base(base):
    if base is object or base is Generic:
        return True
    if base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and base._is_protocol


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping); with @runtime_checkable they
    work with isinstance() by checking that the members exist."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            # The checks below are skipped when abc or functools ask (3 frames up).
            if not getattr(cls, '_is_runtime_protocol', False):
                if _allow_reckless_class_checks(3):
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks(3):
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if all(_provides_member(other, attr) for attr in _get_protocol_attrs(cls)):
                return True
            return NotImplemented

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol:
            for base in cls.__bases__:
                if not _may_be_protocol_base(base):
                    raise TypeError('Protocols can only inherit from other'
                                    ' protocols, got %r' % base)
            if cls.__init__ is Protocol.__init__:
                cls.__init__ = _no_init_or_replace_init


# Non-protocol classes a protocol may still inherit from, by module.
_PROTO_ALLOWLIST = {
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible'],
}


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol, so isinstance() can check it."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# --- aliases of the standard collections --------------------------------------------------

_alias = _SpecialGenericAlias


def _abc_alias(name, nparams):
    """The typing alias of the collections.abc class of the same name."""
    return _SpecialGenericAlias(getattr(collections.abc, name), nparams)


def _builtin_alias(cls, nparams, name):
    """The capitalised typing alias of a builtin class (not instantiable through it)."""
    return _SpecialGenericAlias(cls, nparams, inst=False, name=name)


Hashable = _abc_alias('Hashable', 0)
Awaitable = _abc_alias('Awaitable', 1)
Coroutine = _abc_alias('Coroutine', 3)
AsyncIterable = _abc_alias('AsyncIterable', 1)
AsyncIterator = _abc_alias('AsyncIterator', 1)
Iterable = _abc_alias('Iterable', 1)
Iterator = _abc_alias('Iterator', 1)
Reversible = _abc_alias('Reversible', 1)
Sized = _abc_alias('Sized', 0)
Container = _abc_alias('Container', 1)
Collection = _abc_alias('Collection', 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _abc_alias('MutableSet', 1)
Mapping = _abc_alias('Mapping', 2)
MutableMapping = _abc_alias('MutableMapping', 2)
Sequence = _abc_alias('Sequence', 1)
MutableSequence = _abc_alias('MutableSequence', 1)
ByteString = _abc_alias('ByteString', 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _builtin_alias(list, 1, 'List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _builtin_alias(set, 1, 'Set')
FrozenSet = _builtin_alias(frozenset, 1, 'FrozenSet')
MappingView = _abc_alias('MappingView', 1)
KeysView = _abc_alias('KeysView', 1)
ItemsView = _abc_alias('ItemsView', 2)
ValuesView = _abc_alias('ValuesView', 1)
Dict = _builtin_alias(dict, 2, 'Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _abc_alias('Generator', 3)
AsyncGenerator = _abc_alias('AsyncGenerator', 2)
Type = _builtin_alias(type, 1, 'Type')

try:
    import contextlib as _contextlib
    ContextManager = _alias(_contextlib.AbstractContextManager, 1, name='ContextManager')
    AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1,
                                 name='AsyncContextManager')
except (ImportError, AttributeError):
    pass

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


def _one_method_protocol(name, method, doc, base=None):
    """Build a runtime-checkable protocol class whose only member is the abstract `method`."""
    method.__qualname__ = name + '.' + method.__name__
    members = {'__doc__': doc, '__module__': __name__, '__slots__': (),
               method.__name__: abstractmethod(method)}
    bases = (Protocol if base is None else base,)
    return runtime_checkable(types.new_class(name, bases, {}, lambda ns: ns.update(members)))


def _int_hook(self) -> int: ...
def _float_hook(self) -> float: ...
def _complex_hook(self) -> complex: ...
def _bytes_hook(self) -> bytes: ...
def _index_hook(self) -> int: ...
def _abs_hook(self) -> T_co: ...
def _round_hook(self, ndigits: int = 0) -> T_co: ...


for _hook, _kind in ((_int_hook, 'int'), (_float_hook, 'float'), (_complex_hook, 'complex'),
                     (_bytes_hook, 'bytes'), (_index_hook, 'index'),
                     (_abs_hook, 'abs'), (_round_hook, 'round')):
    _hook.__name__ = '__%s__' % _kind
del _hook, _kind

SupportsInt = _one_method_protocol('SupportsInt', _int_hook, "Protocol of objects defining __int__.")
SupportsFloat = _one_method_protocol('SupportsFloat', _float_hook,
                                     "Protocol of objects defining __float__.")
SupportsComplex = _one_method_protocol('SupportsComplex', _complex_hook,
                                       "Protocol of objects defining __complex__.")
SupportsBytes = _one_method_protocol('SupportsBytes', _bytes_hook,
                                     "Protocol of objects defining __bytes__.")
SupportsIndex = _one_method_protocol('SupportsIndex', _index_hook,
                                     "Protocol of objects defining __index__.")
SupportsAbs = _one_method_protocol('SupportsAbs', _abs_hook,
                                   "Protocol of objects defining __abs__ (result type T_co).",
                                   Protocol[T_co])
SupportsRound = _one_method_protocol('SupportsRound', _round_hook,
                                     "Protocol of objects defining __round__ (result type T_co).",
                                     Protocol[T_co])
del _int_hook, _float_hook, _complex_hook, _bytes_hook, _index_hook, _abs_hook, _round_hook


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


Pattern = _alias(type('Pattern', (), {'__module__': 're'}), 1)
Match = _alias(type('Match', (), {'__module__': 're'}), 1)


# --- NamedTuple, TypedDict, NewType -------------------------------------------------------

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type")
                   for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types_ = ns.get('__annotations__', {})
        names = list(types_)
        for position, field_name in enumerate(names):
            if field_name in ns:
                continue
            # Once a default was given, every later field needs one too.
            earlier = [n for n in names[:position] if n in ns]
            if earlier:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(earlier) > 1 else ''} "
                                f"{', '.join(earlier)}")
        default_names = [n for n in names if n in ns]
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if bases != nm_tpl.__bases__:
            # (tuple, Generic): rebuild the class on those bases (its namespace carried over)
            namespace = {k: v for k, v in nm_tpl.__dict__.items()
                         if k not in ('__dict__', '__weakref__')}
            if '__orig_bases__' in ns:
                namespace['__orig_bases__'] = ns['__orig_bases__']
            nm_tpl = type(nm_tpl.__name__, bases, namespace)
        if Generic in bases:
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key, value in ns.items():
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            # Methods and other class attributes are copied; fields and internals are not.
            if key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, value)
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _key_is_required(hint, total):
    """Whether a TypedDict key annotated `hint` is required (total gives the default)."""
    origin = get_origin(hint)
    if origin is Annotated:
        origin = get_origin(hint.__origin__)
    if origin is Required or origin is NotRequired:
        return origin is Required
    return total



class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        check_msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {}
        for key, hint in ns.get('__annotations__', {}).items():
            own[key] = _type_check(hint, check_msg, module=tp_dict.__module__)
        # Inherited keys first, then our own, which decide by Required/NotRequired or total.
        merged, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            merged.update(inherited.get('__annotations__', {}))
            required |= set(inherited.get('__required_keys__', ()))
            optional |= set(inherited.get('__optional_keys__', ()))
        merged.update(own)
        for key, hint in own.items():
            (required if _key_is_required(hint, total) else optional).add(key)
        tp_dict.__annotations__ = merged
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace: at runtime it is a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('UserId', int) makes a callable that returns its argument unchanged, for
    type checkers to treat as a distinct type."""

    __call__ = _type_check

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __reduce__(self):
        return self.__qualname__

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _newtype_call(self, x):
    return x


NewType.__call__ = _newtype_call


# --- functions ----------------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints it at runtime)."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def final(f):
    """A decorator indicating final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator indicating that annotations are not type hints."""
    if isinstance(arg, type):
        for name in dir(arg):
            member = getattr(arg, name)
            if not _defined_in_class(member, arg):
                continue
            if isinstance(member, type):
                no_type_check(member)
            elif isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            elif isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass   # e.g. a builtin that takes no attributes
    return arg


def _defined_in_class(member, cls):
    """Whether `member` was written in the body of `cls` (not inherited or imported)."""
    qualname = getattr(member, '__qualname__', None)
    if qualname is None or qualname != f'{cls.__qualname__}.{member.__name__}':
        return False
    return getattr(member, '__module__', None) == cls.__module__


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated name becomes: calling it is a mistake."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# (module, qualname) -> {first line number: overload variant}, in definition order.
_overload_variants = {}


def _overload_key(func):
    plain = getattr(func, "__func__", func)
    return plain, (plain.__module__, plain.__qualname__)


def overload(func):
    """Decorator for overloaded functions/methods (the variants, not the implementation)."""
    try:
        plain, key = _overload_key(func)
        line = plain.__code__.co_firstlineno
    except AttributeError:
        # Objects without code (builtins, odd callables) are simply not recorded.
        return _overload_dummy
    _overload_variants.setdefault(key, {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """The overload variants recorded for `func`, as a list."""
    _, key = _overload_key(func)
    return list(_overload_variants.get(key, {}).values())


def clear_overloads():
    """Forget every recorded overload variant."""
    _overload_variants.clear()


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks a function, class or metaclass as dataclass-like."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                    kwargs=kwargs)

    def decorator(cls_or_fn):
        # Only recorded for type checkers; nothing changes at runtime.
        cls_or_fn.__dataclass_transform__ = settings
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list,
    get_origin(Literal[1]) is Literal, get_origin(int) is None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The type arguments with all substitutions performed: get_args(Dict[int, str]) is
    (int, str); Callable[[int], str] gives ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, GenericAlias)):
        return ()
    args = tp.__args__
    if _should_unflatten_callable_args(tp, args):
        # Callable's argument types are given back as a list, as they were written.
        return (list(args[:-1]), args[-1])
    return args


def _should_unflatten_callable_args(typ, args):
    return (typ.__origin__ is collections.abc.Callable
            and not (len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec)
                                         or (isinstance(args[0], _GenericAlias)
                                             and args[0].__origin__ is Concatenate))))


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        if isinstance(t, GenericAlias):
            args = tuple(ForwardRef(arg) if isinstance(arg, str) else arg for arg in t.__args__)
            if _should_unflatten_callable_args(t, args):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, ev_args)
        if isinstance(t, types.UnionType):
            return functools.reduce(operator.or_, ev_args)
        return t.copy_with(ev_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, "__origin__") and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    if isinstance(t, GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return GenericAlias(t.__origin__, stripped)
    if isinstance(t, types.UnionType):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return functools.reduce(operator.or_, stripped)
    return t


def _hint_value(value, as_argument, in_class):
    """One raw annotation as get_type_hints evaluates it: None means NoneType, strings are
    forward references."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        return ForwardRef(value, is_argument=as_argument, is_class=in_class)
    return value


def _finish_hints(hints, include_extras):
    if include_extras:
        return hints
    return {name: _strip_annotations(hint) for name, hint in hints.items()}


def _class_hints(cls, globalns, localns):
    # Walk the MRO from object down so that subclasses override their bases' entries.
    collected = {}
    for klass in cls.__mro__[::-1]:
        annotations = klass.__dict__.get('__annotations__', {})
        if isinstance(annotations, types.GetSetDescriptorType):
            continue
        if globalns is None:
            module = sys.modules.get(klass.__module__, None)
            g = getattr(module, '__dict__', {})
        else:
            g = globalns
        l = dict(vars(klass)) if localns is None else localns
        if globalns is None and localns is None:
            # The class namespace must win over the module's when nothing was given.
            g, l = l, g
        for name, raw in annotations.items():
            collected[name] = _eval_type(_hint_value(raw, False, True), g, l)
    return collected


_HINTLESS_KINDS = (type, types.ModuleType, types.FunctionType, types.MethodType,
                   types.BuiltinFunctionType, types.MethodWrapperType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The type hints of a module, class, method or function, with forward references (strings)
    evaluated and None replaced by NoneType; Annotated is stripped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        return _finish_hints(_class_hints(obj, globalns, localns), include_extras)
    is_module = isinstance(obj, types.ModuleType)
    if globalns is None:
        if is_module:
            globalns = obj.__dict__
        else:
            target = obj
            while hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            globalns = getattr(target, '__globals__', {})
    if localns is None:
        localns = globalns
    raw_hints = getattr(obj, '__annotations__', None)
    if raw_hints is None:
        if isinstance(obj, _HINTLESS_KINDS):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = {}
    for name, raw in dict(raw_hints).items():
        hints[name] = _eval_type(_hint_value(raw, not is_module, False), globalns, localns)
    return _finish_hints(hints, include_extras)
