"""The container ABCs of collections.abc (Taipan's own implementation).

Two kinds live here.  "One-trick" ABCs (Hashable, Iterable, Sized, ...)
recognise any class defining the right special methods, registered or not.
The richer ABCs (Set, Mapping, Sequence and their mutable variants) also
supply mixin methods written in terms of a few abstract ones.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]


def _check_methods(C, *methods):
    """True if C's MRO defines every name (not as None), else NotImplemented."""
    for name in methods:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _abstract(name):
    # An abstract method that only says it is missing.
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = name
    return abstractmethod(method)


def _one_trick(name, bases, required, recognised_by, extra=None):
    """Builds an ABC that counts any class defining `recognised_by` as a subclass.

    `required` become abstract methods; `extra` adds ready-made members.
    Only the ABC itself recognises structurally: its subclasses fall back to
    the ordinary registration rules.
    """
    namespace = {'__slots__': (), '__module__': 'collections.abc'}
    for method in required:
        namespace[method] = _abstract(method)
    namespace.update(extra or {})

    def __subclasshook__(cls, C):
        if cls is abc_class:
            return _check_methods(C, *recognised_by)
        return NotImplemented
    namespace['__subclasshook__'] = classmethod(__subclasshook__)
    abc_class = ABCMeta(name, bases, namespace)
    return abc_class


_generic = {'__class_getitem__': classmethod(GenericAlias)}


def _raise_into(typ, val, tb):
    # The rule a throw() mixin follows: build the exception from the
    # (type, value, traceback) triple and raise it.
    if val is None and tb is None:
        raise typ
    exc = typ() if val is None else val
    raise exc if tb is None else exc.with_traceback(tb)


def _generator_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(_IGNORED % 'generator')


def _coroutine_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(_IGNORED % 'coroutine')


async def _async_generator_close(self):
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        return
    raise RuntimeError(_IGNORED % 'asynchronous generator')


_IGNORED = '%s ignored GeneratorExit'


def _throw(self, typ, val=None, tb=None):
    _raise_into(typ, val, tb)


async def _athrow(self, typ, val=None, tb=None):
    _raise_into(typ, val, tb)


async def _asend_none(self):
    return await self.asend(None)


def _send_none(self):
    return self.send(None)


def _self(self):
    return self


Hashable = _one_trick('Hashable', (), ['__hash__'], ['__hash__'])
Awaitable = _one_trick('Awaitable', (), ['__await__'], ['__await__'], _generic)
Coroutine = _one_trick('Coroutine', (Awaitable,), ['send'],
                       ['__await__', 'send', 'throw', 'close'],
                       {'throw': abstractmethod(_throw), 'close': _coroutine_close})
AsyncIterable = _one_trick('AsyncIterable', (), ['__aiter__'], ['__aiter__'], _generic)
AsyncIterator = _one_trick('AsyncIterator', (AsyncIterable,), ['__anext__'],
                           ['__anext__', '__aiter__'], {'__aiter__': _self})
AsyncGenerator = _one_trick('AsyncGenerator', (AsyncIterator,), ['asend'],
                            ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose'],
                            {'athrow': abstractmethod(_athrow), '__anext__': _asend_none,
                             'aclose': _async_generator_close})
Iterable = _one_trick('Iterable', (), ['__iter__'], ['__iter__'], _generic)
Iterator = _one_trick('Iterator', (Iterable,), ['__next__'], ['__iter__', '__next__'],
                      {'__iter__': _self})
Reversible = _one_trick('Reversible', (Iterable,), ['__reversed__'],
                        ['__reversed__', '__iter__'])
Generator = _one_trick('Generator', (Iterator,), ['send'],
                       ['__iter__', '__next__', 'send', 'throw', 'close'],
                       {'__next__': _send_none, 'throw': abstractmethod(_throw),
                        'close': _generator_close})
Sized = _one_trick('Sized', (), ['__len__'], ['__len__'])
Container = _one_trick('Container', (), ['__contains__'], ['__contains__'], _generic)
Collection = _one_trick('Collection', (Sized, Iterable, Container), [],
                        ['__len__', '__iter__', '__contains__'])
Callable = _one_trick('Callable', (), ['__call__'], ['__call__'])


# --- helpers shared by the rich ABCs -----------------------------------------------------

def _same(a, b):
    # Containment in the built-in containers: identity first, then ==.
    return a is b or a == b


def _sets_only(compare):
    # Set comparisons answer NotImplemented for anything but another Set.
    def method(self, other):
        if isinstance(other, Set):
            return compare(self, other)
        return NotImplemented
    method.__name__ = compare.__name__
    method.__qualname__ = compare.__qualname__
    method.__doc__ = compare.__doc__
    return method


def _plain_set(cls, it):
    return set(it)


def _all_in(items, container):
    for x in items:
        if x not in container:
            return False
    return True


# --- sets --------------------------------------------------------------------------------

class Set(Collection):
    """A finite collection with set comparisons and algebra.

    Subclasses supply __contains__, __iter__ and __len__.  Results of the
    operators are built with _from_iterable, which by default calls the class
    with an iterable; override it when the constructor differs.
    """

    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def _as_set(self, other):
        # Operands of - and ^ may be any iterable; None means "not supported".
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    # comparisons: only against other Sets

    @_sets_only
    def __le__(self, other):
        return len(self) <= len(other) and _all_in(self, other)

    @_sets_only
    def __ge__(self, other):
        return len(self) >= len(other) and _all_in(other, self)

    @_sets_only
    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    @_sets_only
    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    @_sets_only
    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    # algebra: the other operand may be any iterable

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented

        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """True if no member of other is in this set."""
        return not any(x in self for x in other)

    def _hash(self):
        """A hash for immutable subclasses that want one: frozenset's, for equal sets."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A Set that can change: subclasses add `add` and `discard`."""

    __slots__ = ()
    __module__ = 'collections.abc'

    add = _abstract('add')
    discard = _abstract('discard')

    def remove(self, value):
        """Removes value; KeyError if it is not a member."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Removes and returns some member; KeyError if empty."""
        for value in self:
            self.discard(value)
            return value
        raise KeyError from None

    def clear(self):
        """Removes every member."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for x in it:
            if x in self:
                self.discard(x)
            else:
                self.add(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self


# --- mappings ----------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only key/value collection: subclasses add __getitem__, __iter__, __len__."""

    __slots__ = ()
    __module__ = 'collections.abc'
    __abc_tpflags__ = 1 << 6    # matched by mapping patterns
    __reversed__ = None

    def __getitem__(self, key):
        raise KeyError
    __getitem__ = abstractmethod(__getitem__)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def get(self, key, default=None):
        """self[key] if present, else default."""
        try:
            return self[key]
        except KeyError:
            return default


class MappingView(Sized):
    """A live view of a mapping; shows the mapping in its repr."""

    __slots__ = ('_mapping',)
    __module__ = 'collections.abc'
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    def __len__(self):
        return len(self._mapping)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a Set."""

    __slots__ = ()
    __module__ = 'collections.abc'

    # Views cannot be built from values: set algebra gives plain sets.
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a Set."""

    __slots__ = ()
    __module__ = 'collections.abc'

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses add __setitem__ and __delitem__."""

    __slots__ = ()
    __module__ = 'collections.abc'

    def __setitem__(self, key, value):
        raise KeyError
    __setitem__ = abstractmethod(__setitem__)

    def __delitem__(self, key):
        raise KeyError
    __delitem__ = abstractmethod(__delitem__)

    def pop(self, key, default=_NO_DEFAULT):
        """Removes key and returns its value; default (or KeyError) if absent."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Removes and returns some (key, value) pair; KeyError if empty."""
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError from None

    def clear(self):
        """Removes every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Adds the items of a mapping, of an object with keys(), or of pairs; then kwds."""
        if isinstance(other, Mapping):
            pairs = ((k, other[k]) for k in other)
        elif hasattr(other, 'keys'):
            pairs = ((k, other[k]) for k in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if absent."""
        try:
            value = self[key]
        except KeyError:
            self[key] = value = default
        return value


# --- sequences ---------------------------------------------------------------------------

def _indexes(start, stop):
    # start, start + 1, ... up to stop (excluded), or without end.
    i = start
    while stop is None or i < stop:
        yield i
        i += 1


class Sequence(Reversible, Collection):
    """A read-only indexable collection: subclasses add __getitem__ and __len__."""

    __slots__ = ()
    __module__ = 'collections.abc'

    def __getitem__(self, index):
        raise IndexError
    __getitem__ = abstractmethod(__getitem__)

    def _items_from(self, start):
        # Indexes upward until the sequence says IndexError.
        i = start
        while True:
            try:
                yield self[i]
            except IndexError:
                return
            i += 1

    def __iter__(self):
        yield from self._items_from(0)

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value in self[start:stop]; ValueError if absent."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        for i in _indexes(start, stop):
            try:
                v = self[i]
            except IndexError:
                break
            if _same(v, value):
                return i
        raise ValueError

    def count(self, value):
        """How many items equal value."""
        return sum(1 for v in self if _same(v, value))


class ByteString(Sequence):
    """The bytes-like sequences (bytes, bytearray)."""

    __slots__ = ()
    __module__ = 'collections.abc'


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses add __setitem__, __delitem__, insert."""

    __slots__ = ()
    __module__ = 'collections.abc'

    def __setitem__(self, index, value):
        raise IndexError
    __setitem__ = abstractmethod(__setitem__)

    def __delitem__(self, index):
        raise IndexError
    __delitem__ = abstractmethod(__delitem__)

    def insert(self, index, value):
        """Inserts value before index."""
        raise IndexError
    insert = abstractmethod(insert)

    def append(self, value):
        """Adds value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Removes every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverses the items in place."""
        last = len(self) - 1
        for i in range(len(self) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        """Appends each of values (a snapshot, when values is self)."""
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        """Removes and returns the item at index (default last)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Removes the first item equal to value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the built-in types' places in the hierarchy -----------------------------------------

def _register_all(abc_class, types):
    for t in types:
        abc_class.register(t)


_register_all(Sequence, (tuple, str, range, memoryview))
_register_all(ByteString, (bytes, bytearray))
_register_all(MutableSequence, (list,))
_register_all(Set, (frozenset,))
_register_all(MutableSet, (set,))
_register_all(MutableMapping, (dict,))
_register_all(KeysView, (type({}.keys()),))
_register_all(ValuesView, (type({}.values()),))
_register_all(ItemsView, (type({}.items()),))
_register_all(Mapping, (type(type.__dict__),))
