"""Names for the interpreter's built-in types, and helpers for making classes.

(Taipan's own implementation.)  The types have no names in builtins, so
each one is taken from a sample object of that type.
"""

import sys


# --- types taken from samples ------------------------------------------------------------

def _sample_function(): pass


def _sample_generator():
    yield


async def _sample_coroutine_function(): pass


async def _sample_async_generator():
    yield


class _SampleClass:
    __slots__ = ('slot',)

    def method(self): pass


def _sample_frame_and_traceback():
    try:
        raise LookupError
    except LookupError as caught:
        tb = caught.__traceback__
    return tb.tb_frame, tb


def _closure_cell():
    captured = None
    return (lambda: captured).__closure__[0]


_coroutine = _sample_coroutine_function()
_frame, _traceback = _sample_frame_and_traceback()

FunctionType = LambdaType = type(_sample_function)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)
ModuleType = type(sys)
SimpleNamespace = type(sys.implementation)
CellType = type(_closure_cell())
GeneratorType = type(_sample_generator())
CoroutineType = type(_coroutine)
AsyncGeneratorType = type(_sample_async_generator())
MethodType = type(_SampleClass().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
# Slot wrappers, bound slot wrappers, method descriptors, classmethod descriptors.
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
TracebackType = type(_traceback)
FrameType = type(_frame)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(_SampleClass.slot)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(...)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

_coroutine.close()      # never awaited on purpose: no warning
del (_sample_function, _sample_generator, _sample_coroutine_function, _sample_async_generator,
     _SampleClass, _sample_frame_and_traceback, _closure_cell, _coroutine, _frame, _traceback,
     sys)


# --- making classes the way a class statement does ---------------------------------------

def resolve_bases(bases):
    """Bases with each non-class that has __mro_entries__ replaced by what it returns (PEP 560).

    Returns `bases` itself when nothing was replaced.
    """
    resolved = []
    replaced = False
    for base in bases:
        entries = None
        if not isinstance(base, type) and hasattr(base, '__mro_entries__'):
            entries = base.__mro_entries__(bases)
            replaced = True
            if not isinstance(entries, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend((base,) if entries is None else entries)
    return tuple(resolved) if replaced else bases


def _calculate_meta(meta, bases):
    # The most derived of `meta` and the bases' metaclasses; it must be a
    # subclass of all the others.
    chosen = meta
    for candidate in map(type, bases):
        if issubclass(chosen, candidate):
            pass
        elif issubclass(candidate, chosen):
            chosen = candidate
        else:
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class about to be made.

    The metaclass comes from kwds['metaclass'], else from the first base;
    the namespace from its __prepare__ when it has one.
    """
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would; exec_body(ns) fills its namespace."""
    effective = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, effective, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if effective is not bases:
        namespace['__orig_bases__'] = bases
    # type() would take the module of its caller, which is this one.
    namespace.setdefault('__module__', 'types')
    return meta(name, effective, namespace, **kwds)


class DynamicClassAttribute(property):
    """A property on instances that, looked up on the class, defers to the metaclass.

    Lookup on the class raises AttributeError, so that the metaclass's
    __getattr__ answers instead (enum members use this for `name`, `value`).
    """

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return super().__get__(instance, ownerclass)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    @property
    def __isabstractmethod__(self):
        return bool(getattr(self.fget, '__isabstractmethod__', False))


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Marks a generator function as a coroutine, so that `await` accepts its generators."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None and code.co_flags & _CO_GENERATOR:
        func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
    return func


__all__ = [n for n in globals() if not n.startswith('_')]
