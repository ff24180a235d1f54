"""Container datatypes (Taipan's own implementation): deque, defaultdict, Counter,
OrderedDict, namedtuple, ChainMap, UserDict, UserList, UserString."""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
import _collections_abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_repr_running = set()


def _recursive_repr(fallback):
    def decorate(fn):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fallback
            _repr_running.add(key)
            try:
                return fn(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = fn.__name__
        wrapper.__qualname__ = getattr(fn, '__qualname__', fn.__name__)
        return wrapper
    return decorate


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x, /):
        self._items.append(x)
        self._trim_right()

    def appendleft(self, x, /):
        self._items.insert(0, x)
        self._trim_left()

    def extend(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def clear(self):
        self._items.clear()

    def copy(self):
        return self.__class__(self, self._maxlen) if type(self) is not deque else deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x, /):
        return self._items.count(x)

    def index(self, x, start=0, stop=_sys.maxsize, /):
        for i in range(*slice(start, stop).indices(len(self._items))):
            if self._items[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x, /):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)

    def remove(self, value, /):
        for i, x in enumerate(self._items):
            if x == value:
                del self._items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1, /):
        length = len(self._items)
        if length:
            n %= length
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = type(i).__index__(i)
            else:
                raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items * n
        self._items = []
        self.extend(items)
        return self

    @_recursive_repr('[...]')
    def __repr__(self):
        if self._maxlen is None:
            return '%s(%r)' % (type(self).__name__, self._items)
        return '%s(%r, maxlen=%d)' % (type(self).__name__, self._items, self._maxlen)

    def __reduce__(self):
        return type(self), (list(self._items), self._maxlen)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_GenericAlias = type(list[int])

try:
    from _collections import deque
except ImportError:
    pass


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            factory = repr(self.default_factory) if self.default_factory is not None else 'None'
            return '%s(%s, %s)' % (type(self).__name__, factory, dict.__repr__(self))
        finally:
            _repr_running.discard(key)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


try:
    from _collections import defaultdict
except ImportError:
    pass


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # Java method descriptors of dict (an LRU cache calls these on every access): popitem(last=True)
    # and move_to_end(key, last=True) work on the dict's own entry order.
    from _collections import _odict_popitem as popitem, _odict_move_to_end as move_to_end

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if not self:
                return '%s()' % (type(self).__name__,)
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class _tuplegetter:
    """A namedtuple field: reads item `index` of the tuple, and cannot be set."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        return self if instance is None else instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


try:
    from _collections import _tuplegetter
except ImportError:
    pass


def _namedtuple_fields(typename, field_names, rename):
    """The validated field names (a list of str), renaming bad ones when asked."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(n) for n in field_names]
    if rename:
        taken = set()
        for i, name in enumerate(names):
            invalid = (not name.isidentifier() or _iskeyword(name)
                       or name.startswith('_') or name in taken)
            taken.add(name)
            if invalid:
                names[i] = '_%d' % i
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    taken = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in taken:
            raise ValueError('Encountered duplicate field name: %r' % name)
        taken.add(name)
    return names


def _namedtuple_new(typename, fields, defaults):
    # __new__ is compiled from source so that its signature names the
    # fields (Point(x, y)) and wrong calls fail like any function call.
    params = ', '.join(fields)
    packed = params + (',' if len(fields) == 1 else '')
    scope = {'_tuple_new': tuple.__new__, '__builtins__': {},
             '__name__': 'namedtuple_%s' % typename}
    new = eval('lambda _cls, %s: _tuple_new(_cls, (%s))' % (params, packed), scope)
    new.__name__ = '__new__'
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, params)
    if defaults is not None:
        new.__defaults__ = defaults
    return new


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items can also be read as named attributes.

    namedtuple('Point', 'x y') makes a class Point with fields x and y;
    field_names may be one string (separated by spaces or commas) or a
    sequence.  `defaults` apply to the rightmost fields.
    """
    typename = _sys.intern(str(typename))
    fields = tuple(_sys.intern(n) for n in _namedtuple_fields(typename, field_names, rename))
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    size = len(fields)
    make_tuple = tuple.__new__
    shown = '(%s)' % ', '.join('%s=%%r' % name for name in fields)

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != size:
            raise TypeError('Expected %d arguments, got %d' % (size, len(made)))
        return made
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return made
    _replace.__doc__ = ('Return a new %s object replacing specified fields with new values'
                        % typename)

    def __repr__(self):
        return type(self).__name__ + shown % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    new = _namedtuple_new(typename, fields, defaults)
    methods = [new, _make, _replace, __repr__, _asdict, __getnewargs__]
    for method in methods:
        method.__qualname__ = '%s.%s' % (typename, method.__name__)
    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern('Alias for field number %d' % index))
    cls = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


def _count_elements(mapping, iterable):
    """Adds one to mapping[x] for each x of iterable."""
    for item in iterable:
        mapping[item] = mapping.get(item, 0) + 1


try:
    from _collections import _count_elements
except ImportError:
    pass


def _counts_only(method):
    # Counter operators answer NotImplemented for anything but a Counter.
    def checked(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return method(self, other)
    checked.__name__ = method.__name__
    checked.__qualname__ = method.__qualname__
    checked.__doc__ = method.__doc__
    return checked


class Counter(dict):
    """A dict mapping items to their counts; a missing item counts 0.

    Counter('abca') == Counter({'a': 2, 'b': 1, 'c': 1}).  The operators
    +, -, |, & combine counts (sum, difference, maximum, minimum) and keep
    only positive results.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs, highest counts first (first seen first among equals)."""
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each item repeated as often as its count says (non-positive counts: never)."""
        for item, count in self.items():
            yield from (item for _ in range(count))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds counts: from a mapping of counts, or one per item of an iterable."""
        if iterable is not None:
            if not isinstance(iterable, _collections_abc.Mapping):
                _count_elements(self, iterable)
            elif not self:
                super().update(iterable)    # nothing to add to: copy the counts
            else:
                for item, count in iterable.items():
                    self[item] = count + self.get(item, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts (which may go to zero or below)."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                pairs = iterable.items()
            else:
                pairs = ((item, 1) for item in iterable)
            for item, count in pairs:
                self[item] = self.get(item, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # Deleting an absent item is not an error: its count is 0 anyway.
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)      # counts that cannot be ordered
        return '%s(%r)' % (name, shown)

    # Comparisons treat missing items as zero counts.

    def _every(self, other, test):
        return all(test(self[x], other[x]) for counter in (self, other) for x in counter)

    @_counts_only
    def __eq__(self, other):
        return self._every(other, lambda a, b: a == b)

    @_counts_only
    def __ne__(self, other):
        return not self == other

    @_counts_only
    def __le__(self, other):
        return self._every(other, lambda a, b: a <= b)

    @_counts_only
    def __ge__(self, other):
        return self._every(other, lambda a, b: a >= b)

    @_counts_only
    def __lt__(self, other):
        return self <= other and self != other

    @_counts_only
    def __gt__(self, other):
        return self >= other and self != other

    __hash__ = None

    def _combined(self, other, combine, use_other_only):
        # A new Counter of combine(mine, theirs) over my items (then, when
        # asked, over items only the other has), keeping positive results.
        result = Counter()
        for item, count in self.items():
            value = combine(count, other[item])
            if value > 0:
                result[item] = value
        if use_other_only:
            for item, count in other.items():
                if item not in self:
                    value = combine(0, count)
                    if value > 0:
                        result[item] = value
        return result

    @_counts_only
    def __add__(self, other):
        return self._combined(other, lambda a, b: a + b, True)

    @_counts_only
    def __sub__(self, other):
        return self._combined(other, lambda a, b: a - b, True)

    @_counts_only
    def __or__(self, other):
        return self._combined(other, lambda a, b: b if a < b else a, True)

    @_counts_only
    def __and__(self, other):
        return self._combined(other, lambda a, b: a if a < b else b, False)

    def __pos__(self):
        return Counter({item: count for item, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({item: 0 - count for item, count in self.items() if count < 0})

    def _keep_positive(self):
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, count in other.items():
            if count > self[item]:
                self[item] = count
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            if other[item] < count:
                self[item] = other[item]
        return self._keep_positive()


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a single,
    updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def _on_first_map(self, change, message):
        # Changes affect the first mapping only; a key missing there is an
        # error even when a later mapping has it.
        try:
            return change(self.maps[0])
        except KeyError:
            raise KeyError(message)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        def delete(first):
            del first[key]
        self._on_first_map(delete, f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        return self._on_first_map(lambda first: first.popitem(),
                                  'No keys found in the first mapping.')

    def pop(self, key, *args):
        return self._on_first_map(lambda first: first.pop(key, *args),
                                  f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def __eq__(self, other):
        try:
            return dict(self.items()) == dict(other.items())
        except AttributeError:
            return NotImplemented

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


class _MappingViewBase:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class _KeysView(_MappingViewBase):
    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class _ItemsView(_MappingViewBase):
    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class _ValuesView(_MappingViewBase):
    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_KeysView.__name__ = 'KeysView'
_ItemsView.__name__ = 'ItemsView'
_ValuesView.__name__ = 'ValuesView'


class UserDict:
    """A dict wrapper meant to be subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        sources = [] if dict is None else [dict]
        if kwargs:
            sources.append(kwargs)
        for source in sources:
            self.update(source)

    def __len__(self): return len(self.data)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        # A subclass may supply values for missing keys, as with dict.
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item): self.data[key] = item
    def __delitem__(self, key): del self.data[key]
    def __iter__(self): return iter(self.data)
    def __contains__(self, key): return key in self.data
    def __repr__(self): return repr(self.data)
    def __eq__(self, other): return self.data == (other.data if isinstance(other, UserDict) else other)
    def keys(self): return self.data.keys()
    def items(self): return self.data.items()
    def values(self): return self.data.values()
    def get(self, key, default=None): return self[key] if key in self else default

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def pop(self, key, *default):
        if key in self:
            v = self[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def copy(self):
        c = self.__class__.__new__(self.__class__)
        c.__dict__.update(self.__dict__)
        c.data = self.data.copy()
        return c


class UserList:
    """A list wrapper meant to be subclassed."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data[:] = initlist.data if isinstance(initlist, UserList) else list(initlist)

    def __repr__(self): return repr(self.data)
    def __len__(self): return len(self.data)
    def __iter__(self): return iter(self.data)
    def __contains__(self, item): return item in self.data

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item): self.data[i] = item
    def __delitem__(self, i): del self.data[i]
    def __eq__(self, other): return self.data == (other.data if isinstance(other, UserList) else other)
    def __lt__(self, other): return self.data < (other.data if isinstance(other, UserList) else other)
    def __add__(self, other):
        return self.__class__(self.data + (other.data if isinstance(other, UserList) else list(other)))
    def __mul__(self, n): return self.__class__(self.data * n)
    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def copy(self): return self.__class__(self)
    def count(self, item): return self.data.count(item)
    def index(self, item, *args): return self.data.index(item, *args)
    def reverse(self): self.data.reverse()
    def sort(self, /, *args, **kwds): self.data.sort(*args, **kwds)
    def extend(self, other): self.data.extend(other.data if isinstance(other, UserList) else other)


class UserString:
    """A str wrapper meant to be subclassed."""

    def __init__(self, seq):
        self.data = seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __str__(self): return str(self.data)
    def __repr__(self): return repr(self.data)
    def __len__(self): return len(self.data)
    def __eq__(self, other): return self.data == (other.data if isinstance(other, UserString) else other)
    def __hash__(self): return hash(self.data)
    def __getitem__(self, i): return self.__class__(self.data[i])
    def __add__(self, other):
        return self.__class__(self.data + (other.data if isinstance(other, UserString) else str(other)))
    def __contains__(self, char): return (char.data if isinstance(char, UserString) else char) in self.data

    def __getattr__(self, name):
        attr = getattr(self.data, name)
        if callable(attr):
            def call(*args, **kwargs):
                result = attr(*args, **kwargs)
                return self.__class__(result) if isinstance(result, str) else result
            return call
        return attr
