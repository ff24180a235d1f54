"""Names for built-in types and helpers for creating classes (Taipan's own implementation)."""

import sys


def _f(): pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation) if hasattr(sys, 'implementation') else None
CellType = type((lambda x: lambda: x)(1).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


async def _c(): pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self): pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e

GetSetDescriptorType = type(FunctionType.__code__)


class _S:
    __slots__ = ('a',)


MemberDescriptorType = type(_S.a)
del _S
GenericAlias = type(list[int])
try:
    UnionType = type(int | str)
except TypeError:
    pass
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _c, _ag


if SimpleNamespace is None:
    class SimpleNamespace:
        """A simple attribute-based namespace."""

        def __init__(self, mapping_or_iterable=(), /, **kwargs):
            self.__dict__.update(kwargs)

        def __repr__(self):
            if self in _repr_running:
                return 'namespace(...)'
            _repr_running.append(self)
            try:
                items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
                name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
                return '%s(%s)' % (name, ', '.join(items))
            finally:
                _repr_running.remove(self)

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return type(self), (), self.__dict__

    SimpleNamespace.__module__ = 'types'
    _repr_running = []


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    if '__module__' not in ns:
        ns['__module__'] = 'types'   # type() names the module of its caller: this one
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)

    @property
    def __isabstractmethod__(self):
        return bool(getattr(self.fget, '__isabstractmethod__', False))


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and hasattr(func, '__code__'):
        co = func.__code__
        if co.co_flags & 0x20:
            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
        return func
    return func


__all__ = [n for n in globals() if not n.startswith('_')]
