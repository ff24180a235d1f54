"""Introspection of live objects (Taipan's own, partial implementation).

Covers the kind predicates (ismodule, isfunction, ...), generator and
coroutine states, docstrings (getdoc, cleandoc), unwrap, getmembers, and
call signatures: Parameter, Signature, BoundArguments, signature() and
getfullargspec().
"""

import enum as _enum
import types
from collections import namedtuple, OrderedDict

# Bits of code.co_flags.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# --- what kind of object is this? --------------------------------------------------------

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type)."""
    return isinstance(object, type)


def ismethod(object):
    """True for methods bound to an instance."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions written in Python (def and lambda)."""
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    """True for built-in functions and methods bound to built-in objects."""
    return isinstance(object, types.BuiltinFunctionType)


_DESCRIPTOR_ROUTINES = (types.MethodDescriptorType, types.WrapperDescriptorType,
                        types.MethodWrapperType, types.ClassMethodDescriptorType)


def isroutine(object):
    """True for anything function-like: functions, methods, built-ins, method descriptors."""
    if isbuiltin(object) or isfunction(object) or ismethod(object):
        return True
    return isinstance(object, _DESCRIPTOR_ROUTINES)


def _code_flags(f):
    # The co_flags of the function behind f (through bound methods), or 0.
    while isinstance(f, types.MethodType):
        f = f.__func__
    return f.__code__.co_flags if isinstance(f, types.FunctionType) else 0


def isgeneratorfunction(obj):
    """True for functions whose calls return generators."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for `async def` functions."""
    return bool(_code_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for `async def` functions containing yield."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects made by `async def` functions."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """True if `await object` is allowed."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        # Old-style coroutines made with types.coroutine.
        if object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    return hasattr(type(object), '__await__')


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isabstract(object):
    """True for classes that still have abstract methods."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', None))


def _plain_descriptor_type(object):
    # The type to inspect for descriptor methods, or None for objects that
    # have __get__ but are not what "descriptor" means here.
    if isclass(object) or ismethod(object) or isfunction(object):
        return None
    return type(object)


def isdatadescriptor(object):
    """True for descriptors defining __set__ or __delete__ (properties, slots, ...)."""
    tp = _plain_descriptor_type(object)
    return tp is not None and (hasattr(tp, '__set__') or hasattr(tp, '__delete__'))


def ismethoddescriptor(object):
    """True for descriptors with __get__ but no __set__ (e.g. int.__add__)."""
    tp = _plain_descriptor_type(object)
    return tp is not None and hasattr(tp, '__get__') and not hasattr(tp, '__set__')


# --- generator and coroutine states ------------------------------------------------------

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def _state(running, suspended, frame, names):
    created, now_running, now_suspended, closed = names
    if running:
        return now_running
    if suspended:
        return now_suspended
    return closed if frame is None else created


def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    return _state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                  (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    return _state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                  (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


# --- members and documentation -----------------------------------------------------------

def getmembers(object, predicate=None):
    """(name, value) pairs for the names dir() lists, sorted by name, optionally filtered."""
    found = []
    for name in dir(object):
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    return sorted(found, key=lambda pair: pair[0])


def cleandoc(doc):
    """A docstring without its common indentation and surrounding blank lines.

    The first line's indentation is ignored (it follows the quotes); tabs are
    expanded first.
    """
    lines = doc.expandtabs().split('\n')
    indents = [len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()]
    margin = min(indents) if indents else 0
    cleaned = [lines[0].lstrip()] + [l[margin:] for l in lines[1:]]
    first, last = 0, len(cleaned)
    while last > first and not cleaned[last - 1]:
        last -= 1
    while first < last and not cleaned[first]:
        first += 1
    return '\n'.join(cleaned[first:last])


def getdoc(object):
    """The object's docstring, cleaned up with cleandoc; None if it has none. A class, method,
    function or property without one inherits the docstring of what it overrides."""
    doc = getattr(object, '__doc__', _void)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


def _defining_class(func):
    """The class a function was defined in, found through its __qualname__."""
    import sys
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and getattr(base, '__doc__', None) is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner)
                and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__):
            owner = owner.__class__
    elif isfunction(obj):
        name = obj.__name__
        owner = _defining_class(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _defining_class(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    else:
        return None
    docs = (getattr(getattr(base, name, None), '__doc__', None) for base in owner.__mro__)
    return next((doc for doc in docs if doc is not None), None)


def unwrap(func, *, stop=None):
    """Follows the __wrapped__ chain (left by functools.wraps) to its end.

    Stops early at an object for which stop(obj) is true; ValueError on a cycle.
    """
    start = func
    visited = {id(func)}
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in visited:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        visited.add(id(func))
    return func


# --- parameters --------------------------------------------------------------------------

class _empty:
    """The "no value" marker: Parameter.empty and Signature.empty."""


class _void:
    """Marks an argument of replace() as not given (None is a valid value)."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


(_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
 _KEYWORD_ONLY, _VAR_KEYWORD) = _ParameterKind
_KIND_DESCRIPTIONS = dict(zip(_ParameterKind, (
    'positional-only', 'positional or keyword', 'variadic positional',
    'keyword-only', 'variadic keyword')))
_VARIADIC = (_VAR_POSITIONAL, _VAR_KEYWORD)
_KEYWORD_KINDS = (_KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    """How an annotation is shown in a signature: class names without 'builtins.'."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    if annotation.__module__ in ('builtins', base_module):
        return annotation.__qualname__
    return '%s.%s' % (annotation.__module__, annotation.__qualname__)


def _checked_name(name, kind):
    """The parameter's name after validation, and its kind (implicit names change both)."""
    if name is _empty:
        raise ValueError('name is a required attribute for Parameter')
    if not isinstance(name, str):
        raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
    if name[:1] == '.' and name[1:].isdigit():
        # The hidden argument of a comprehension's code object, e.g. ".0".
        if kind is not _POSITIONAL_OR_KEYWORD:
            raise ValueError('implicit arguments must be passed as positional or keyword '
                             'arguments, not {}'.format(kind.description))
        return 'implicit' + name[1:], _POSITIONAL_ONLY
    from keyword import iskeyword
    if not name.isidentifier() or (iskeyword(name) and kind is not _POSITIONAL_ONLY):
        raise ValueError('{!r} is not a valid parameter name'.format(name))
    return name, kind


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    empty = _empty
    (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL,
     KEYWORD_ONLY, VAR_KEYWORD) = _ParameterKind
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in _VARIADIC:
            raise ValueError('{} parameters cannot have default values'.format(kind.description))
        self._name, self._kind = _checked_name(name, kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        def pick(new, old):
            return old if new is _void else new
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def _fields(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._fields() == other._fields()


# --- bound arguments ---------------------------------------------------------------------

class BoundArguments:
    """The result of Signature.bind: which argument went to which parameter.

    `arguments` maps parameter names to values (a tuple for *args, a dict for
    **kwargs); `args` and `kwargs` rebuild a call from it.
    """

    __slots__ = ('arguments', '_signature', '__weakref__')

    signature = property(lambda self: self._signature)

    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    @property
    def args(self):
        """The positional arguments of an equivalent call."""
        collected = []
        for name, param in self._signature.parameters.items():
            if param.kind in _KEYWORD_KINDS or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                collected += value
            else:
                collected.append(value)
        return tuple(collected)

    @property
    def kwargs(self):
        """The keyword arguments of an equivalent call."""
        collected = {}
        keywords_now = False
        for name, param in self._signature.parameters.items():
            if not keywords_now:
                if param.kind in _KEYWORD_KINDS:
                    keywords_now = True
                elif name not in self.arguments:
                    # Positional passing stops at the first gap; the rest
                    # must go by keyword.
                    keywords_now = True
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                collected.update(self.arguments[name])
            else:
                collected[name] = self.arguments[name]
        return collected

    def apply_defaults(self):
        """Fills in defaults (and empty *args/**kwargs) for parameters not bound."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (
            (self.signature, self.arguments) == (other.signature, other.arguments))

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


def _positional_only_by_keyword(param):
    return TypeError('{!r} parameter is positional only, but was passed as '
                     'a keyword'.format(param.name))


def _missing(param):
    return TypeError('missing a required argument: {!r}'.format(param.name))


# --- signatures --------------------------------------------------------------------------

class Signature:
    """The parameters of a callable and its return annotation (immutable).

    signature(f) makes one; bind() and bind_partial() match call arguments
    against it, following Python's own calling rules.
    """

    empty = _empty
    __slots__ = ('_return_annotation', '_parameters')
    # The classes a subclass may swap for its own.
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        by_name = OrderedDict()
        highest = _POSITIONAL_ONLY
        had_default = False
        for param in parameters or ():
            if __validate_parameters__:
                if param.kind < highest:
                    raise ValueError('wrong parameter order: {} parameter before {} '
                                     'parameter'.format(highest.description,
                                                        param.kind.description))
                highest = max(highest, param.kind)
                if param.kind <= _POSITIONAL_OR_KEYWORD:
                    if param.default is not _empty:
                        had_default = True
                    elif had_default:
                        raise ValueError('non-default argument follows default argument')
                if param.name in by_name:
                    raise ValueError('duplicate parameter name: {!r}'.format(param.name))
            by_name[param.name] = param
        self._parameters = types.MappingProxyType(by_name)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of obj (see signature())."""
        return signature(obj, follow_wrapped=follow_wrapped)

    parameters = property(lambda self: self._parameters,
                          doc='An ordered, read-only mapping of names to Parameters.')
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the parameters and/or return annotation changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        # Keyword-only parameters are matched by name, so their order does
        # not matter for equality.
        ordered = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        by_name = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._identity() == other._identity()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        unbound = list(self._parameters.values())
        # 1. Positional arguments fill parameters from the left.
        for position, value in enumerate(args):
            if not unbound or unbound[0].kind in _KEYWORD_KINDS:
                raise TypeError('too many positional arguments') from None
            param = unbound.pop(0)
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[position:])
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = value
        else:
            # 2. The first parameter left without a positional value.
            if unbound and unbound[0].kind != _VAR_POSITIONAL:
                param = unbound[0]
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise _positional_only_by_keyword(param) from None
                elif param.kind != _VAR_KEYWORD and param.default is _empty and not partial:
                    raise _missing(param) from None
        # 3. Keyword arguments fill the rest by name.
        var_keyword = None
        for param in unbound:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
            elif param.kind == _VAR_POSITIONAL:
                continue
            elif param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise _positional_only_by_keyword(param)
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise _missing(param) from None
        # 4. Whatever keywords remain belong to **kwargs, if there is one.
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Matches a call's arguments to the parameters; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required parameters may be left out."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        pieces = []
        pending_slash = False       # positional-only parameters not yet closed by '/'
        star_shown = False          # '*' or '*args' already marks the keyword-only part
        for param in self._parameters.values():
            if param.kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                pieces.append('/')
                pending_slash = False
            if param.kind == _VAR_POSITIONAL:
                star_shown = True
            elif param.kind == _KEYWORD_ONLY and not star_shown:
                pieces.append('*')
                star_shown = True
            pieces.append(str(param))
        if pending_slash:
            pieces.append('/')
        text = '(%s)' % ', '.join(pieces)
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _from_code(func):
    """The Signature of a Python function, read from its code object and defaults."""
    code = func.__code__
    names = code.co_varnames
    n_positional = code.co_argcount
    n_keyword_only = code.co_kwonlyargcount
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    first_default = n_positional - len(defaults)

    def make(name, kind, default=_empty):
        return Parameter(name, kind, default=default,
                         annotation=annotations.get(name, _empty))

    params = []
    for i in range(n_positional):
        kind = _POSITIONAL_ONLY if i < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(names[i], kind, default))
    next_name = n_positional + n_keyword_only
    if code.co_flags & CO_VARARGS:
        params.append(make(names[next_name], _VAR_POSITIONAL))
        next_name += 1
    for name in names[n_positional:n_positional + n_keyword_only]:
        params.append(make(name, _KEYWORD_ONLY, kw_defaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(names[next_name], _VAR_KEYWORD))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _without_first(sig):
    # A method's signature: the first parameter is bound already.
    params = list(sig.parameters.values())
    if not params or params[0].kind in _KEYWORD_KINDS:
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _from_partial(partial, follow_wrapped):
    # Arguments fixed by a functools.partial disappear; keywords it fixes
    # become keyword-only parameters with the fixed value as default.
    sig = signature(partial.func, follow_wrapped=follow_wrapped)
    params = []
    for param in list(sig.parameters.values())[len(partial.args):]:
        if param.name in partial.keywords:
            param = param.replace(default=partial.keywords[param.name], kind=_KEYWORD_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable object."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _without_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    declared = getattr(obj, '__signature__', None)
    if declared is not None:
        return declared
    if isfunction(obj):
        return _from_code(obj)
    if all(hasattr(obj, a) for a in ('func', 'args', 'keywords')):
        return _from_partial(obj, follow_wrapped)
    if isinstance(obj, type):
        init = getattr(obj, '__init__', None)
        if isfunction(init):
            return _without_first(_from_code(init))
        new = getattr(obj, '__new__', None)
        if isfunction(new):
            return _without_first(_from_code(new))
        if init is object.__init__ and new is object.__new__:
            return Signature()      # nothing but object's own: no parameters
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _without_first(_from_code(call))
    raise ValueError('no signature found for {!r}'.format(obj))


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The old-style description of a callable's parameters, as a FullArgSpec."""
    try:
        sig = signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    spec = {'args': [], 'varargs': None, 'varkw': None, 'defaults': (),
            'kwonlyargs': [], 'kwonlydefaults': {}, 'annotations': {}}
    if sig.return_annotation is not _empty:
        spec['annotations']['return'] = sig.return_annotation
    for param in sig.parameters.values():
        has_default = param.default is not _empty
        if param.kind <= _POSITIONAL_OR_KEYWORD:
            spec['args'].append(param.name)
            if has_default:
                spec['defaults'] += (param.default,)
        elif param.kind == _VAR_POSITIONAL:
            spec['varargs'] = param.name
        elif param.kind == _KEYWORD_ONLY:
            spec['kwonlyargs'].append(param.name)
            if has_default:
                spec['kwonlydefaults'][param.name] = param.default
        else:
            spec['varkw'] = param.name
        if param.annotation is not _empty:
            spec['annotations'][param.name] = param.annotation
    spec['defaults'] = spec['defaults'] or None
    spec['kwonlydefaults'] = spec['kwonlydefaults'] or None
    return FullArgSpec(**spec)


# --- Frames, files and source text ----------------------------------------------------------
# Source comes from linecache; the extent of a def or class is found with tokenize, as
# CPython's inspect does (decorators, one-line bodies and trailing comments included).

def currentframe():
    """The caller's frame."""
    import sys
    return sys._getframe(1)


Traceback = namedtuple('Traceback', 'filename lineno function code_context index')
FrameInfo = namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def _context_lines(frame, lineno, context):
    """(lines around lineno, index of lineno among them), or (None, None) without source."""
    if context <= 0:
        return None, None
    import linecache
    filename = frame.f_code.co_filename
    lines = linecache.getlines(filename, frame.f_globals)
    if not lines:
        return None, None
    first = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[first:first + context], lineno - 1 - first


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a frame or traceback."""
    if istraceback(frame):
        lineno, frame = frame.tb_lineno, frame.tb_frame
    elif isframe(frame):
        lineno = frame.f_lineno
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    code_context, index = _context_lines(frame, lineno, context)
    return Traceback(frame.f_code.co_filename, lineno, frame.f_code.co_name, code_context, index)


def getouterframes(frame, context=1):
    """FrameInfo records for frame and each frame that called it, innermost first."""
    records = []
    while frame is not None:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return records


def stack(context=1):
    """FrameInfo records for the caller's frame and its callers."""
    import sys
    return getouterframes(sys._getframe(1), context)


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object) or isclass(object):
        import sys
        module = object if ismodule(object) else sys.modules.get(object.__module__)
        filename = getattr(module, '__file__', None)
        if filename:
            return filename
        if ismodule(object):
            raise TypeError('%r is a built-in module' % (object,))
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('%r is a built-in class' % (object,))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    'expected, got {}'.format(type(object).__name__))


def _code_of(object):
    """The code object behind a method, function, traceback, frame or code; else None."""
    steps = ((ismethod, '__func__'), (isfunction, '__code__'), (istraceback, 'tb_frame'),
             (isframe, 'f_code'))
    for test, attribute in steps:
        if test(object):
            object = getattr(object, attribute)
    return object if iscode(object) else None


def getsourcefile(object):
    """The Python source file of an object, or None if there is none to read."""
    import linecache
    import os
    filename = getfile(object)
    if not filename.endswith('.py') and not filename.startswith('<'):
        return None
    if filename in linecache.cache or os.path.exists(filename):
        return filename
    module = getmodule(object)
    if module is not None and getattr(module, '__loader__', None) is not None:
        return filename
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, if it can be told."""
    import sys
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def _block_end(lines):
    """How many of `lines` (starting at a def, class, lambda or decorator) the block spans."""
    import tokenize
    state = {'started': False, 'decorator': False, 'decorator_args': False, 'lambda': False,
             'skip': False, 'depth': 0, 'last': 1, 'body_col': None}
    rest = iter(lines)
    try:
        for tok in tokenize.generate_tokens(lambda: next(rest)):
            kind, text, (row, col) = tok.type, tok.string, tok.start
            if not state['started'] and not state['decorator']:
                # Decorators come first; the rest of each header line is skipped.
                if text == '@':
                    state['decorator'] = True
                elif text in ('def', 'class', 'lambda'):
                    state['lambda'] = text == 'lambda'
                    state['started'] = True
                state['skip'] = True
            elif text == '(':
                if state['decorator']:
                    state['decorator_args'] = True
            elif text == ')':
                if state['decorator']:
                    state['decorator'] = state['decorator_args'] = False
            elif kind == tokenize.NEWLINE:
                # The header (or a one-line statement) ends here.
                state['skip'] = False
                state['last'] = row
                if state['lambda']:
                    break
                if state['decorator'] and not state['decorator_args']:
                    state['decorator'] = False
            elif state['skip']:
                pass
            elif kind == tokenize.INDENT:
                if state['body_col'] is None and state['started']:
                    state['body_col'] = tok.end[1]
                state['depth'] += 1
                state['skip'] = True
            elif kind == tokenize.DEDENT:
                state['depth'] -= 1
                if state['depth'] <= 0:
                    break
            elif kind == tokenize.COMMENT:
                if state['body_col'] is not None and col >= state['body_col']:
                    state['last'] = row
            elif state['depth'] == 0 and kind != tokenize.NL:
                break
    except (tokenize.TokenError, IndentationError):
        pass
    return state['last']


def _class_start(lines, cls):
    """Index of the line (or first decorator line) that defines class cls, or None."""
    import re
    pattern = re.compile(r'^(\s*)class\s+' + re.escape(cls.__name__) + r'\b')
    depth = cls.__qualname__.count('.')
    found = []
    for number, line in enumerate(lines):
        match = pattern.match(line)
        if match:
            found.append((len(match.group(1)) if depth else -len(match.group(1)), number))
    if not found:
        return None
    number = (min(found) if depth == 0 else found[0])[1]
    while number > 0 and lines[number - 1].lstrip().startswith('@'):
        number -= 1
    return number


def findsource(object):
    """All the lines of the object's source file, and the index of its first line."""
    import linecache
    filename = getsourcefile(object)
    if filename is None:
        filename = getfile(object)
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object)
    lines = linecache.getlines(filename, module.__dict__ if module is not None else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_start(lines, object)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    code = _code_of(object)
    if code is None:
        raise OSError('could not find code object')
    return lines, code.co_firstlineno - 1


def getsourcelines(object):
    """The lines of an object's source and the number of the first one."""
    object = unwrap(object)
    lines, number = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    block = lines[number:]
    return block[:_block_end(block)], number + 1


def getsource(object):
    """The source text of a module, class, method, function, traceback, frame or code."""
    return ''.join(getsourcelines(object)[0])


def indentsize(line):
    """The width of the line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _module_comments(lines):
    # the first block of comment lines of the file, after a #! line and blank or bare-# lines
    start = 1 if lines and lines[0].startswith('#!') else 0
    while start < len(lines) and lines[start].strip() in ('', '#'):
        start += 1
    block = []
    for line in lines[start:]:
        if not line.startswith('#'):
            break
        block.append(line.expandtabs())
    return ''.join(block) if block else None


def getcomments(object):
    """The comment lines just above the object's source (at the same indentation), or the
    comments that open a module's file; None when there are none or no source."""
    try:
        lines, number = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return _module_comments(lines)
    if number <= 0:
        return None
    indent = indentsize(lines[number])
    block = []
    above = number - 1
    while above >= 0:
        text = lines[above].expandtabs().lstrip()
        if not text.startswith('#') or indentsize(lines[above]) != indent:
            break
        block.insert(0, text)
        above -= 1
    # lines holding only '#' at either end of the block are dropped
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block) if block or above < number - 1 else None


_MISSING_STATIC = object()


def _lookup_in_mro(klass, attr):
    for entry in type.__dict__['__mro__'].__get__(klass):
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    return _MISSING_STATIC


def getattr_static(obj, attr, default=_MISSING_STATIC):
    """The attribute as stored, without running descriptors, __getattr__ or
    __getattribute__."""
    found_in_instance = _MISSING_STATIC
    if isinstance(obj, type):
        klass = obj
    else:
        klass = type(obj)
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            instance_dict = {}
        if isinstance(instance_dict, dict):
            found_in_instance = instance_dict.get(attr, _MISSING_STATIC)
    found_in_class = _lookup_in_mro(klass, attr)
    if found_in_class is not _MISSING_STATIC and found_in_instance is not _MISSING_STATIC:
        # A data descriptor on the class wins over the instance's own attribute.
        kind = type(found_in_class)
        if (_lookup_in_mro(kind, '__get__') is not _MISSING_STATIC
                and (_lookup_in_mro(kind, '__set__') is not _MISSING_STATIC
                     or _lookup_in_mro(kind, '__delete__') is not _MISSING_STATIC)):
            return found_in_class
    if found_in_instance is not _MISSING_STATIC:
        return found_in_instance
    if found_in_class is not _MISSING_STATIC:
        return found_in_class
    if klass is obj:
        found = _lookup_in_mro(type(klass), attr)
        if found is not _MISSING_STATIC:
            return found
    if default is not _MISSING_STATIC:
        return default
    raise AttributeError(attr)
