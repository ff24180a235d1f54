"""Dates, times and durations (Taipan's own implementation of CPython 3.11's
datetime: proleptic Gregorian calendar, microsecond resolution, fixed-offset
time zones)."""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = (None, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# -- calendar arithmetic (day 1 is 0001-01-01) ---------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    days = sum(_DAYS_IN_MONTH[1:month])
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    # Whole 400-year cycles have 146097 days; walk down from there.
    n -= 1
    cycles400, n = divmod(n, 146097)
    year = cycles400 * 400 + 1
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    cycles1, n = divmod(n, 365)
    year += cycles100 * 100 + cycles4 * 4 + cycles1
    if cycles1 == 4 or cycles100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    twice = 2 * r
    if twice > denominator or (twice == denominator and q % 2 == 1):
        q += 1
    return q


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hours, rest = divmod(off, timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if rest.seconds or rest.microseconds:
        text += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            text += '.%06d' % rest.microseconds
    return text


def _format_clock(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _checked_offset(name, value):
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(value).__name__))
    if not -timedelta(1) < value < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r."
                         % (value,))
    return value


def _expand_format(fmt, obj):
    """Replace %f, %z, %Z (which time.strftime does not know about for us)."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append((name or '').replace('%', '%%'))
        else:
            out.append('%' + code)
    return ''.join(out)


# -- timedelta -----------------------------------------------------------------

class timedelta:
    """A duration, normalised to days, seconds (< 86400) and microseconds."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Sum everything exactly as a rational number of microseconds.
        num = 0
        den = 1
        for value, scale in ((days, 86400000000), (seconds, 1000000),
                             (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, int):
                num += value * scale * den
            elif isinstance(value, float):
                if not _math.isfinite(value):
                    if _math.isnan(value):
                        raise ValueError('cannot convert float NaN to integer')
                    raise OverflowError('cannot convert float infinity to integer')
                a, b = value.as_integer_ratio()
                num = num * b + a * scale * den
                den *= b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_COMPONENT_NAMES[scale], type(value).__name__))
        return cls._from_microseconds(_round_half_even(num, den))

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, micro = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = micro
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._total() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s.%s(%s)' % (_module_name(self), type(self).__qualname__,
                              ', '.join(parts) or '0')

    def __str__(self):
        minutes, ss = divmod(self._seconds, 60)
        hh, mm = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._total() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(self._total(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(b * self._total(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


_COMPONENT_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds',
                    1000: 'milliseconds', 60000000: 'minutes',
                    3600000000: 'hours', 604800000000: 'weeks'}


def _module_name(obj):
    # Our own classes show as "datetime.X" like CPython's; subclasses use theirs.
    module = type(obj).__module__
    return 'datetime' if module == __name__ else module


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# -- date ----------------------------------------------------------------------

def _pickled_state(arg, size, plausible):
    """The bytes of a pickled state given to a constructor (bytes, or a str holding
    them as Latin-1 from a protocol 0-2 pickle read as text), or None if arg is
    not one."""
    if isinstance(arg, str) and len(arg) == size and max(arg, default='\0') < '\u0100':
        arg = arg.encode('latin-1')
    if isinstance(arg, bytes) and len(arg) == size and plausible(arg):
        return arg
    return None


def _clock_bytes(hour, minute, second, microsecond):
    return bytes((hour, minute, second, microsecond >> 16, (microsecond >> 8) & 0xFF,
                  microsecond & 0xFF))


def _state_args(state, tz):
    return (state,) if tz is None else (state, tz)


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        state = None if month is not None else _pickled_state(
            year, 4, lambda b: 1 <= b[2] <= 12)
        if state is not None:
            year, month, day = state[0] << 8 | state[1], state[2], state[3]
        else:
            year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parts = _parse_iso_date(date_string)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*parts)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (_module_name(self), type(self).__qualname__,
                                      self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1],
                                            _MONTH_NAMES[self._month],
                                            self._day, self._year)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  -1))

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        return _time.strftime(_expand_format(fmt, self), self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other):
        # A date and a datetime never compare as equal nor ordered.
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._date_key(), other._date_key())
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        c = self._compare(other)
        return NotImplemented if c is None else c == 0

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _state(self):
        return bytes((self._year >> 8, self._year & 0xFF, self._month, self._day))

    def __reduce__(self):
        # the compact bytes state CPython's pickles carry
        return (type(self), (self._state(),))


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        valid = week == 53 and (
            (_ymd_to_ordinal(year, 1, 1) % 7 == 4) or
            (_ymd_to_ordinal(year, 1, 1) % 7 == 3 and _is_leap(year)))
        if not valid:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ordinal_to_ymd(ordinal)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % tuple(self))

    def __reduce__(self):
        return (tuple, (tuple(self),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# -- tzinfo and timezone -------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; "
                                 "cannot convert")
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if name is None and not offset and 'utc' in timezone.__dict__:
            return timezone.utc
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, "
                            "not %s" % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# -- time ----------------------------------------------------------------------

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        state = _pickled_state(hour, 6, lambda b: b[0] & 0x7F < 24)
        if state is not None:
            # time(state, tzinfo): the fold travels in the hour's high bit
            tzinfo = None if minute == 0 else minute
            fold, hour = state[0] >> 7, state[0] & 0x7F
            minute, second = state[1], state[2]
            microsecond = state[3] << 16 | state[4] << 8 | state[5]
        else:
            hour, minute, second, microsecond, fold = _check_time(
                hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_time(time_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(*parsed)

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        text = '%s.%s(%s' % (_module_name(self), type(self).__qualname__, text)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def isoformat(self, timespec='auto'):
        text = _format_clock(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _time.strftime(_expand_format(fmt, self), tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, equality):
        my_off = self.utcoffset()
        other_off = other.utcoffset()
        if my_off == other_off or self._tzinfo is other._tzinfo:
            return _cmp(self._clock(), other._clock())
        if my_off is None or other_off is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        mine = self._hour * 60 + self._minute - my_off // timedelta(minutes=1)
        theirs = other._hour * 60 + other._minute - other_off // timedelta(minutes=1)
        return _cmp((mine, self._second, self._microsecond),
                    (theirs, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash(self._clock())
            else:
                minutes = self._hour * 60 + self._minute - off // timedelta(minutes=1)
                self._hashcode = hash((minutes, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        hour = self._hour | 0x80 if self._fold and protocol > 3 else self._hour
        state = _clock_bytes(hour, self._minute, self._second, self._microsecond)
        return (type(self), _state_args(state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# -- datetime ------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        state = _pickled_state(year, 10, lambda b: 1 <= b[2] & 0x7F <= 12)
        if state is not None:
            # datetime(state, tzinfo): the fold travels in the month's high bit
            tzinfo = month
            year, month, day = state[0] << 8 | state[1], state[2] & 0x7F, state[3]
            fold = state[2] >> 7
            hour, minute, second = state[4], state[5], state[6]
            microsecond = state[7] << 16 | state[8] << 8 | state[9]
        else:
            year, month, day = _check_date(year, month, day)
            hour, minute, second, microsecond, fold = _check_time(
                hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        tm = _time.gmtime(whole) if utc else _time.localtime(whole)
        result = cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
                     min(tm.tm_sec, 59), us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        day_part = date_string[:10]
        parts = _parse_iso_date(day_part)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        rest = date_string[10:]
        clock = (0, 0, 0, 0, None)
        if rest:
            clock = _parse_iso_time(rest[1:]) if len(rest) > 1 else None
            if clock is None:
                raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*(parts + clock))

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_parse_with_format(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while fields[-1] == 0 and len(fields) > 5:
            fields.pop()
        text = '%s.%s(%s' % (_module_name(self), type(self).__qualname__,
                             ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def isoformat(self, sep='T', timespec='auto'):
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_clock(self._hour, self._minute, self._second,
                              self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  flag))

    def utctimetuple(self):
        off = self.utcoffset()
        moment = self - off if off else self
        return _time.struct_time(moment.timetuple()[:8] + (0,))

    def timestamp(self):
        if self._tzinfo is None:
            whole = _time.mktime((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, -1, -1, -1))
            return whole + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def astimezone(self, tz=None):
        if tz is None:
            offset = _time.timezone
            tz = timezone(timedelta(seconds=-offset),
                          _time.tzname[0]) if offset else timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % type(tz).__name__)
        mine = self._tzinfo
        if mine is tz:
            return self
        off = self.utcoffset()
        if off is None:
            local = -_time.timezone
            off = timedelta(seconds=local)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _naive_micros(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def _compare(self, other, equality=False):
        if not isinstance(other, datetime):
            return None
        my_off = self.utcoffset()
        other_off = other.utcoffset()
        if self._tzinfo is other._tzinfo or my_off == other_off:
            return _cmp(self._naive_micros(), other._naive_micros())
        if my_off is None or other_off is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        mine = self._naive_micros() - my_off._total()
        theirs = other._naive_micros() - other_off._total()
        return _cmp(mine, theirs)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other):
        c = self._compare(other)
        if c is None and isinstance(other, date):
            raise TypeError("can't compare %s to %s"
                            % (_type_label(self), _type_label(other)))
        return c

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            micros = self._naive_micros() - (off._total() if off else 0)
            self._hashcode = hash(micros)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._naive_micros() + other._total()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ordinal_to_ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._naive_micros() - other._naive_micros()
        if self._tzinfo is other._tzinfo:
            return timedelta(microseconds=diff)
        my_off = self.utcoffset()
        other_off = other.utcoffset()
        if (my_off is None) != (other_off is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if my_off is not None:
            diff -= my_off._total() - other_off._total()
        return timedelta(microseconds=diff)

    def __reduce_ex__(self, protocol):
        month = self._month | 0x80 if self._fold and protocol > 3 else self._month
        state = bytes((self._year >> 8, self._year & 0xFF, month, self._day)) + _clock_bytes(
            self._hour, self._minute, self._second, self._microsecond)
        return (type(self), _state_args(state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _type_label(obj):
    cls = type(obj)
    module = 'datetime' if cls.__module__ == __name__ else cls.__module__
    return '%s.%s' % (module, cls.__qualname__)


_date_class = date
_time_class = time

# date.__lt__ against a datetime must fail like CPython's (not fall back).
def _date_order(op):
    def compare(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            raise TypeError("can't compare %s to %s"
                            % (_type_label(self), _type_label(other)))
        c = date._compare(self, other)
        return NotImplemented if c is None else op(c)
    return compare


date.__lt__ = _date_order(lambda c: c < 0)
date.__le__ = _date_order(lambda c: c <= 0)
date.__gt__ = _date_order(lambda c: c > 0)
date.__ge__ = _date_order(lambda c: c >= 0)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# -- ISO 8601 parsing (the subset CPython 3.11 accepts) ------------------------

def _digits(text, start, count):
    chunk = text[start:start + count]
    if len(chunk) != count or not chunk.isdigit() or not chunk.isascii():
        return None
    return int(chunk)


def _parse_iso_date(text):
    if len(text) != 10 or text[4] != '-' or text[7] != '-':
        return None
    year = _digits(text, 0, 4)
    month = _digits(text, 5, 2)
    day = _digits(text, 8, 2)
    if year is None or month is None or day is None:
        return None
    return (year, month, day)


def _parse_iso_time(text):
    """Parse HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]] into
    (hour, minute, second, microsecond, tzinfo), or None if malformed."""
    tz = None
    for i, ch in enumerate(text):
        if ch in '+-':
            offset = _parse_iso_offset(text[i + 1:])
            if offset is None:
                return None
            if ch == '-':
                offset = -offset
            tz = timezone.utc if not offset else timezone(offset)
            text = text[:i]
            break
    clock = _parse_iso_clock(text)
    if clock is None:
        return None
    return clock + (tz,)


def _parse_iso_clock(text):
    fields = [0, 0, 0, 0]
    pos = 0
    for k in range(3):
        value = _digits(text, pos, 2)
        if value is None:
            return None
        fields[k] = value
        pos += 2
        if pos == len(text):
            return tuple(fields)
        if k < 2:
            if text[pos] != ':':
                return None
            pos += 1
    if text[pos] not in '.,':
        return None
    frac = text[pos + 1:]
    if len(frac) not in (3, 6) or not frac.isdigit():
        return None
    fields[3] = int(frac) * (1000 if len(frac) == 3 else 1)
    return tuple(fields)


def _parse_iso_offset(text):
    clock = _parse_iso_clock(text)
    if clock is None:
        return None
    hh, mm, ss, us = clock
    return timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)


# -- strptime ------------------------------------------------------------------

_MONTH_WORDS = {name.lower(): i for i, name in enumerate(_MONTH_NAMES) if name}
_MONTH_WORDS.update({name: i for i, name in enumerate(
    ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
     'august', 'september', 'october', 'november', 'december')) if name})
_DAY_WORDS = {name.lower(): i for i, name in enumerate(_DAY_NAMES)}
_DAY_WORDS.update({name: i for i, name in enumerate(
    ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'))})


def _parse_with_format(text, fmt):
    """(year, month, day, hour, minute, second, microsecond, tzinfo) parsed
    from text by a strftime-style format (the common directives)."""
    for arg in (text, fmt):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(arg).__name__)
    spelled = fmt
    fmt = _expand_locale_formats(fmt)
    fields = {'year': 1900, 'month': 1, 'day': 1, 'hour': 0, 'minute': 0,
              'second': 0, 'us': 0}
    weekday = week = yday = None
    pm = None
    tz = None
    pos = 0

    def fail():
        raise ValueError("time data %r does not match format %r" % (text, spelled))

    def digits(most):
        nonlocal pos
        start = pos
        while pos < len(text) and pos - start < most and text[pos].isdigit():
            pos += 1
        if start == pos:
            fail()
        return text[start:pos]

    def word(table):
        nonlocal pos
        for name in sorted(table, key=len, reverse=True):
            if text[pos:pos + len(name)].lower() == name:
                pos += len(name)
                return table[name]
        fail()

    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d == 'Y':
                fields['year'] = int(digits(4))
            elif d == 'y':
                y = int(digits(2))
                fields['year'] = y + (2000 if y < 69 else 1900)
            elif d in 'mdHIMS':
                value = int(digits(2))
                limits = {'m': (1, 12), 'd': (1, 31), 'H': (0, 23), 'I': (1, 12),
                          'M': (0, 59), 'S': (0, 61)}[d]
                if not limits[0] <= value <= limits[1]:
                    fail()
                key = {'m': 'month', 'd': 'day', 'H': 'hour', 'I': 'hour',
                       'M': 'minute', 'S': 'second'}[d]
                fields[key] = value
                if d == 'I' and pm is None:
                    pm = False
            elif d == 'f':
                frac = digits(6)
                fields['us'] = int(frac + '0' * (6 - len(frac)))
            elif d in 'bBh':
                fields['month'] = word(_MONTH_WORDS)
            elif d in 'aA':
                weekday = word(_DAY_WORDS)
            elif d == 'w':
                weekday = (int(digits(1)) + 6) % 7
                if weekday > 6:
                    fail()
            elif d == 'j':
                yday = int(digits(3))
                if yday > 366:
                    # only 1-366 are days: '367' is day 36 and a '7'
                    pos -= 1
                    yday //= 10
                if yday < 1:
                    fail()
            elif d in 'UW':
                week = (d, int(digits(2)))
                if week[1] > 53:
                    fail()
            elif d == 'Z':
                word(_zone_words())
            elif d == 'p':
                pm = word({'am': False, 'pm': True})
            elif d == 'z':
                tz = _parse_strptime_offset(text, pos, fail)
                pos = tz[1]
                tz = tz[0]
            elif d == '%':
                if text[pos:pos + 1] != '%':
                    fail()
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif c.isspace():
            i += 1
            while pos < len(text) and text[pos].isspace():
                pos += 1
        else:
            if text[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos != len(text):
        raise ValueError("unconverted data remains: %s" % text[pos:])
    hour = fields['hour']
    if '%I' in fmt and pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    if yday is None and week is not None and weekday is not None:
        yday = _yday_of_week(fields['year'], week[0] == 'W', week[1], weekday)
        if yday <= 0:
            fields['year'] -= 1
            yday += 366 if _is_leap(fields['year']) else 365
    if yday is not None:
        day = date.fromordinal(_ymd_to_ordinal(fields['year'], 1, 1) + yday - 1)
        fields['year'], fields['month'], fields['day'] = day.year, day.month, day.day
    return (fields['year'], fields['month'], fields['day'], hour,
            fields['minute'], fields['second'], fields['us'], tz)


# the C locale's %c, %x and %X spelled with the other directives
_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _expand_locale_formats(fmt):
    out = []
    i = 0
    while i < len(fmt):
        piece = fmt[i:i + 2]
        if piece[:1] == '%' and len(piece) == 2:
            out.append(_LOCALE_FORMATS.get(piece[1], piece))
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return ''.join(out)


def _zone_words():
    """Time zone names %Z accepts: UTC, GMT and the local zone's names."""
    names = {'utc': 0, 'gmt': 0}
    for name in _time.tzname:
        names[name.lower()] = 0
    return names


def _yday_of_week(year, monday_first, week, weekday):
    """The day of the year (1-based, may be <= 0: in the year before) of a
    weekday (Monday 0) in a %W (weeks from the first Monday) or %U (weeks from
    the first Sunday) week number; week 0 holds the days before that first one."""
    jan1 = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
    if not monday_first:
        jan1 = (jan1 + 1) % 7
        weekday = (weekday + 1) % 7
    first_full_week = (7 - jan1) % 7
    if week == 0:
        return 1 + weekday - jan1
    return 1 + first_full_week + 7 * (week - 1) + weekday


def _parse_strptime_offset(text, pos, fail):
    if text[pos:pos + 1] == 'Z':
        return timezone.utc, pos + 1
    sign = text[pos:pos + 1]
    if sign not in ('+', '-'):
        fail()
    pos += 1
    parts = []
    for k in range(3):
        chunk = text[pos:pos + 2]
        if len(chunk) != 2 or not chunk.isdigit():
            if k < 2:
                fail()
            break
        parts.append(int(chunk))
        pos += 2
        if k < 2 and text[pos:pos + 1] == ':':
            pos += 1
    while len(parts) < 3:
        parts.append(0)
    us = 0
    if text[pos:pos + 1] == '.' and len(parts) == 3:
        start = pos + 1
        end = start
        while end < len(text) and text[end].isdigit() and end - start < 6:
            end += 1
        if end > start:
            us = int(text[start:end].ljust(6, '0'))
            pos = end
    offset = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2],
                       microseconds=us)
    if sign == '-':
        offset = -offset
    return timezone(offset), pos
