"""Enumerations (Taipan's own implementation of the 3.11 enum module, main features)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

import sys as _sys
import types as _types


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value if value is not None else _AUTO
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_AUTO = object()


class member(object):
    """Makes the wrapped value a member, even a function or other descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember(object):
    """Keeps the wrapped value a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return name.startswith(pattern) and not name.endswith('__')


class _EnumDict(dict):
    """Track enum member order and ensure member names are not reused."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = None
        self._generate_next_value = None
        self._ignore = []

    def __setitem__(self, key, value):
        forced = isinstance(value, member)
        if forced:
            value = value.value
        if isinstance(value, nonmember):
            super().__setitem__(key, value.value)
            return
        if forced and key not in self._member_names:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._member_names.append(key)
            self._last_values.append(value)
        elif _is_private(self._cls_name, key) or key in self._ignore:
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
            elif key == '_ignore_':
                # Names the class body uses as scratch variables, not members.
                self._ignore = (value.replace(',', ' ').split() if isinstance(value, str)
                                else list(value))
            elif key not in ('_order_', '_ignore_', '_missing_', '_numeric_repr_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        elif _is_dunder(key) or key == '__order__':
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif _is_descriptor(value) and not isinstance(value, auto):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _AUTO:
                    gen = self._generate_next_value or _default_next_value
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _default_next_value(name, start, count, last_values):
    # The newest value that supports "+ 1" decides; with none, counting starts over.
    index = len(last_values) - 1
    while index >= 0:
        try:
            return last_values[index] + 1
        except TypeError:
            index -= 1
    return start


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        # An enumeration with members is final: it cannot be subclassed.
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        d = _EnumDict()
        d._cls_name = cls
        for base in bases:
            gen = getattr(base, '_generate_next_value_', None)
            if gen is not None and d._generate_next_value is None:
                d._generate_next_value = gen
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict) or (not classdict._member_names and len(classdict) > 0):
            # The namespace was filled without _EnumDict.__setitem__: replay it.
            replay = metacls.__prepare__(cls, bases)
            for key, value in list(dict.items(classdict)):
                replay[key] = value
            classdict = replay
        member_names = list(classdict._member_names)
        values = {}
        for name in member_names:
            values[name] = dict.pop(classdict, name)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ns = dict(classdict)
        for name in classdict._ignore + ['_ignore_']:
            ns.pop(name, None)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        if boundary is None:
            boundary = next((getattr(b, '_boundary_', None) for b in bases
                             if getattr(b, '_boundary_', None) is not None), None)
        if boundary is not None or any(getattr(b, '_boundary_', None) for b in bases):
            ns['_boundary_'] = boundary
        repr_enum = globals().get('ReprEnum')
        if repr_enum is not None and repr_enum in bases and member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if member_type is not object:
            # The mixed-in data type comes first in the MRO, but the enum's own repr/str/format
            # win (as in CPython, which copies them onto the class)
            for method in ('__repr__', '__str__', '__format__'):
                if method in classdict:
                    continue
                for base in enum_class.__mro__:
                    if isinstance(base, EnumType) and method in base.__dict__:
                        type.__setattr__(enum_class, method, base.__dict__[method])
                        break
            # A __str__ of the user's own (not the data type's) also decides format().
            str_origin = next((b for b in enum_class.__mro__
                               if isinstance(b, EnumType) and '__str__' in b.__dict__
                               and b is not enum_class or b is enum_class and '__str__' in classdict),
                              None)
            if ('__format__' not in classdict and str_origin is not None
                    and str_origin.__module__ != __name__):
                type.__setattr__(enum_class, '__format__', Enum.__dict__['__format__'])
        if repr_enum is not None and repr_enum in bases:
            # a ReprEnum keeps its data type's str() and format()
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                to_text = member_type.__str__
                if to_text is object.__str__:
                    to_text = member_type.__repr__
                type.__setattr__(enum_class, '__str__', to_text)
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            new = enum_class.__dict__.get('__new__', None)
            custom_new = '__new__' in classdict
            if custom_new:
                member = classdict['__new__'](enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value if member_type is object else member_type(*args)
            elif member_type is object:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                str_enum = globals().get('StrEnum')
                if str_enum is not None and issubclass(enum_class, str_enum):
                    _check_str_member_args(args)
                member = member_type.__new__(enum_class, *args)
                member._value_ = member_type(*args) if not hasattr(member, '_value_') else member._value_
            if '__init__' in classdict or any('__init__' in b.__dict__ for b in enum_class.__mro__[1:]
                                              if b not in (object, Enum, member_type) and b.__module__ != 'enum'):
                enum_class.__init__(member, *args)
            member._name_ = name
            member.__objclass__ = enum_class
            member._sort_order_ = len(enum_class._member_names_)
            existing = None
            for other in enum_class._member_map_.values():
                if other._value_ == member._value_:
                    existing = other
                    break
            if existing is not None:
                enum_class._member_map_[name] = existing
            else:
                # A Flag's canonical members are its single bits; the others (zero, several
                # bits) are found by name and value but not listed, like aliases.
                flag = globals().get('Flag')
                if not (flag is not None and issubclass(enum_class, flag)
                        and isinstance(member._value_, int) and not _power_of_two(member._value_)):
                    enum_class._member_names_.append(name)
                enum_class._member_map_[name] = member
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
                member = member
            type.__setattr__(enum_class, name, enum_class._member_map_[name])
        return enum_class

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, None
        member_type = object
        first_enum = bases[-1]
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    continue
                if '__new__' in base.__dict__ or base in (int, str, float):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            # Lookup by value, whatever __new__ the mixed-in type brings (CPython swaps it in too)
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        classdict['__module__'] = module if module is not None else 'enum'
        enum_class = EnumType.__new__(EnumType if not isinstance(cls, EnumType) else cls.__class__,
                                      class_name, bases, classdict, boundary=boundary)
        return enum_class

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            return member in cls._value2member_map_ if isinstance(member, cls._member_type_) \
                and cls._member_type_ is not object else \
                any(m._value_ == member for m in cls._member_map_.values())
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        import types
        try:
            return types.MappingProxyType(cls._member_map_)
        except TypeError:
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + list(cls._member_names_)


EnumMeta = EnumType
Flag = None
Enum = None


class _MemberProperty(property):
    """A member's name or value: read-only, refused with enum's messages."""

    def __set__(self, instance, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (self.fget.__name__,))

    def __delete__(self, instance):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % (self.fget.__name__,))


def _lookup_by_value(cls, value):
    """The member of `cls` whose value equals `value`, or None."""
    try:
        # A hashable value is found through the map or not at all.
        return cls._value2member_map_.get(value)
    except TypeError:
        pass
    for member in cls._member_map_.values():
        if member._value_ == value:
            return member
    return None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        # Lookup by value: the member itself, a hashable value via the map, an
        # unhashable one by scanning, and last the class's _missing_ hook.
        if type(value) is cls:
            return value
        found = _lookup_by_value(cls, value)
        if found is not None:
            return found
        fallback = cls._missing_(value)
        if isinstance(fallback, cls):
            return fallback
        if (Flag is not None and issubclass(cls, Flag) and isinstance(fallback, int)
                and getattr(cls, '_boundary_', None) is EJECT):
            return fallback
        if fallback is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, fallback))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, '_value_repr_') else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_MemberProperty
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_MemberProperty
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def _check_str_member_args(values):
    """A StrEnum member's value must be made of strings, as for str(object, encoding, errors)."""
    if len(values) > 3:
        raise TypeError('too many arguments for str(): %r' % (values,))
    if not isinstance(values[0], str):
        raise TypeError('%r is not a string' % (values[0],))
    if len(values) > 1 and not isinstance(values[1], str):
        raise TypeError('encoding must be a string, not %r' % (values[1],))
    if len(values) > 2 and not isinstance(values[2], str):
        raise TypeError('errors must be a string, not %r' % (values[2],))


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) == 1 and isinstance(values[0], str) and cls._member_names_ == [] and False:
            pass
        return Enum.__new__(cls, *values)

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits none of its members has."""
    STRICT = 'strict'       # ValueError
    CONFORM = 'conform'     # drop the unknown bits
    EJECT = 'eject'         # return the plain int
    KEEP = 'keep'           # keep them in a pseudo-member


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits_text(number, width):
    # '0b0 1001': the sign bit, a space, then the bits padded to width with the sign bit
    ceiling = 2 ** number.bit_length()
    if number >= 0:
        text = bin(number + ceiling).replace('1', '0', 1)
    else:
        text = bin(~number ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return '%s %s' % (sign, digits)


def _flag_masks(cls):
    """(all member bits, single-bit member bits, all bits up to the highest) of a Flag."""
    masks = cls.__dict__.get('_taipan_masks_')
    if masks is None:
        every = singles = 0
        for m in cls._member_map_.values():
            value = m._value_
            if isinstance(value, int) and value > 0:
                every |= value
                if _power_of_two(value):
                    singles |= value
        masks = (every, singles, 2 ** every.bit_length() - 1)
        type.__setattr__(cls, '_taipan_masks_', masks)
    return masks


def show_flag_values(value):
    """The powers of two that make up value, lowest first."""
    bits = []
    while value > 0:
        low = value & -value
        bits.append(low)
        value ^= low
    return bits


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        # a value that is no member's: a combination of members, made into a pseudo-member
        # (cached when every bit is known), or out of range and handled by the boundary
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        every, singles, all_bits = _flag_masks(cls)
        boundary = getattr(cls, '_boundary_', None)
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ every):
            if boundary is STRICT:
                width = max(value.bit_length(), every.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bits_text(value, width),
                                    _bits_text(every, width)))
            if boundary is CONFORM:
                value &= every
            elif boundary is EJECT:
                return value
            elif value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        negative = None
        if value < 0:
            negative = value
            value += all_bits + 1
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        unknown = value & ~every
        single_part = value & singles
        multi_part = value & ~singles
        pseudo._name_ = None
        if single_part or multi_part:
            found = list(cls._iter_bits(single_part))
            combined = 0
            for m in found:
                combined |= m._value_
            if multi_part:
                for other in cls._member_map_.values():
                    bits = other._value_
                    if other not in found and bits and bits & value == bits:
                        found.append(other)
                        combined |= bits
            unknown = value ^ combined
            if combined:
                pseudo._name_ = '|'.join(m._name_ for m in found)
                if unknown:
                    pseudo._name_ += '|%r' % unknown
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    @classmethod
    def _iter_bits(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if _power_of_two(m._value_) and m._value_ & value == m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_bits(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        cls = self.__class__
        if getattr(cls, '_boundary_', None) in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(_flag_masks(cls)[1] & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __contains__(self, other):
        return Flag.__contains__(self, other)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__


def unique(enumeration):
    """Decorator rejecting an enumeration in which two names share one value."""
    aliases = ['%s -> %s' % (alias, member.name)
               for alias, member in enumeration.__members__.items()
               if alias != member.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(aliases)))
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify(object):
    """Class decorator checking an enumeration against the given EnumChecks."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                _check_unique(enumeration)
            elif check is CONTINUOUS:
                _check_continuous(enumeration)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_unique(enumeration):
    aliases = ['%s -> %s' % (alias, m._name_)
               for alias, m in enumeration.__members__.items() if alias != m._name_]
    if aliases:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))


def _check_continuous(enumeration):
    values = {m._value_ for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if issubclass(enumeration, Flag):
        kind = 'flag'
        wanted = [2 ** bit for bit in range(low.bit_length(), high.bit_length() - 1)]
    else:
        kind = 'enum'
        wanted = range(low + 1, high)
    missing = [str(v) for v in wanted if v not in values]
    if missing:
        raise ValueError(('invalid %s %r: missing values %s'
                          % (kind, enumeration.__name__, ', '.join(missing)))[:256])


def _check_named_flags(enumeration):
    canonical = {enumeration._member_map_[n]._value_ for n in enumeration._member_names_}
    names = []
    unnamed = 0
    for name, m in enumeration._member_map_.items():
        if name in enumeration._member_names_ or m._value_ < 0:
            continue
        lacking = [bit for bit in show_flag_values(m._value_) if bit not in canonical]
        if lacking:
            names.append(name)
            for bit in lacking:
                unnamed |= bit
    if not names:
        return
    if len(names) == 1:
        which = 'alias %s is missing' % names[0]
    else:
        which = 'aliases %s and %s are missing' % (', '.join(names[:-1]), names[-1])
    what = ('value 0x%x' if _power_of_two(unnamed) else 'combined values of 0x%x') % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, which, what))


def _module_prefix(member):
    return member.__class__.__module__.split('.')[-1]


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME."""
    return '%s.%s' % (_module_prefix(self), self._name_)


def global_flag_repr(self):
    """repr() of a member of a global flag: module.A|module.B (unknown bits as numbers)."""
    module = _module_prefix(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    parts = self._name_.split('|')
    return '|'.join(part if part[:1].isdigit() else '%s.%s' % (module, part) for part in parts)


def global_str(self):
    """str() of a member of a global enum: its name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become globals of the enum's module, and repr() (and
    str(), unless the class keeps its data type's) shows them that way."""
    repr_function = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    type.__setattr__(cls, '__repr__', repr_function)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, '__str__', global_str)
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    """__reduce_ex__ for members of global enums: pickled as the module global."""
    return self._name_


def pickle_by_enum_name(self, proto):
    """__reduce_ex__ pickling a member as getattr(its class, its name)."""
    return getattr, (self.__class__, self._name_)


class property(_types.DynamicClassAttribute):
    """An attribute of the members (like name and value) that a member of the same name
    shadows on the class; it cannot be set or deleted through a member."""

    member = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(self.name)
        if self.fget is not None:
            return self.fget(instance)
        return instance._value_

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        self.fdel(instance)
