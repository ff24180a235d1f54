"""Time access and conversions, built on the Java module _time."""

import _time

__all__ = []

time = _time.time
time_ns = _time.time_ns
sleep = _time.sleep
timezone = _time.timezone
altzone = _time.timezone
daylight = 0
tzname = ('UTC', 'UTC') if _time.timezone == 0 else (_time.broken(0, True)[9],) * 2
CLOCK_MONOTONIC = 1
CLOCK_REALTIME = 0


def monotonic_ns():
    return _time.monotonic_ns()


def monotonic():
    return _time.monotonic_ns() / 1e9


perf_counter_ns = monotonic_ns


def perf_counter():
    return _time.monotonic_ns() / 1e9


def process_time_ns():
    return _time.process_time_ns()


def process_time():
    return _time.process_time_ns() / 1e9


thread_time = process_time
thread_time_ns = process_time_ns

# struct_time's length with tm_zone and tm_gmtoff (CPython's tests read it)
_STRUCT_TM_ITEMS = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:] + (None,) * (11 - n))
        if dict:
            # fields beyond the sequence may come by name, as __reduce__ gives them
            for i, name in enumerate(('tm_zone', 'tm_gmtoff')):
                if i >= n - 9 and name in dict:
                    extra[i] = dict[name]
        self._extra = tuple(extra)
        return self

    @property
    def tm_zone(self):
        return self._extra[0]

    @property
    def tm_gmtoff(self):
        return self._extra[1]

    def __repr__(self):
        parts = ', '.join('%s=%r' % (name, value) for name, value in zip(_FIELDS, self))
        return 'time.struct_time(' + parts + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0], 'tm_gmtoff': self._extra[1]}))


def _make(name, value):
    setattr(struct_time, name, property(lambda self, i=_FIELDS.index(name): self[i]))


for _name in _FIELDS:
    _make(_name, None)
del _name


def _seconds(secs, name):
    if secs is None:
        return _time.time()
    if not isinstance(secs, (int, float)):
        if hasattr(type(secs), '__float__') or hasattr(type(secs), '__index__'):
            return float(secs)
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def gmtime(secs=None):
    return struct_time(_time.broken(_seconds(secs, 'gmtime'), False))


def localtime(secs=None):
    return struct_time(_time.broken(_seconds(secs, 'localtime'), True))


def _tuple(t, name):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    return struct_time(t)


def mktime(t):
    t = _tuple(t, 'mktime')
    return _time.mktime(t[0], t[1], t[2], t[3], t[4], t[5])


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAYS_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTHS_FULL = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')


def asctime(t=None):
    t = localtime() if t is None else _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _week_number(t, first_weekday):
    # first_weekday: 6 for Sunday-based (%U), 0 for Monday-based (%W)
    yday = t[7] - 1
    wday = (t[6] - first_weekday) % 7
    return (yday - wday + 7) // 7


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = localtime() if t is None else _tuple(t, 'strftime')
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(t[0]))
        elif d == 'm':
            out.append('%02d' % t[1])
        elif d == 'd':
            out.append('%02d' % t[2])
        elif d == 'H':
            out.append('%02d' % t[3])
        elif d == 'I':
            out.append('%02d' % ((t[3] + 11) % 12 + 1))
        elif d == 'M':
            out.append('%02d' % t[4])
        elif d == 'S':
            out.append('%02d' % t[5])
        elif d == 'y':
            out.append('%02d' % (t[0] % 100))
        elif d == 'a':
            out.append(_DAYS[t[6]])
        elif d == 'A':
            out.append(_DAYS_FULL[t[6]])
        elif d == 'b' or d == 'h':
            out.append(_MONTHS[t[1] - 1])
        elif d == 'B':
            out.append(_MONTHS_FULL[t[1] - 1])
        elif d == 'p':
            out.append('AM' if t[3] < 12 else 'PM')
        elif d == 'j':
            out.append('%03d' % t[7])
        elif d == 'w':
            out.append(str((t[6] + 1) % 7))
        elif d == 'u':
            out.append(str(t[6] + 1))
        elif d == 'e':
            out.append('%2d' % t[2])
        elif d == 'U':
            out.append('%02d' % _week_number(t, 6))
        elif d == 'W':
            out.append('%02d' % _week_number(t, 0))
        elif d == 'Z':
            out.append(t.tm_zone if t.tm_zone is not None else tzname[0])
        elif d == 'z':
            off = t.tm_gmtoff if t.tm_gmtoff is not None else -timezone
            sign = '+' if off >= 0 else '-'
            off = abs(off)
            out.append('%s%02d%02d' % (sign, off // 3600, off % 3600 // 60))
        elif d == 'c':
            out.append(strftime('%a %b %e %H:%M:%S %Y', t))
        elif d == 'x':
            out.append(strftime('%m/%d/%y', t))
        elif d == 'X':
            out.append(strftime('%H:%M:%S', t))
        elif d == 'D':
            out.append(strftime('%m/%d/%y', t))
        elif d == 'F':
            out.append(strftime('%Y-%m-%d', t))
        elif d == 'T':
            out.append(strftime('%H:%M:%S', t))
        elif d == 'R':
            out.append(strftime('%H:%M', t))
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


_MONTH_INDEX = {m.lower(): i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_INDEX.update({m.lower(): i + 1 for i, m in enumerate(_MONTHS_FULL)})
_DAY_INDEX = {m.lower(): i for i, m in enumerate(_DAYS)}
_DAY_INDEX.update({m.lower(): i for i, m in enumerate(_DAYS_FULL)})


def _days_before_month(year, month):
    days = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    total = sum(days[:month - 1])
    if leap and month > 2:
        total += 1
    return total


def _weekday(year, month, day):
    # Zeller-style computation: Monday == 0
    y, m = (year - 1, month + 12) if month < 3 else (year, month)
    k = y % 100
    j = y // 100
    h = (day + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    for arg in (data_string, format):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument 0 must be str, not %s" % type(arg))
    year, month, day, hour, minute, second = 1900, 1, 1, 0, 0, 0
    wday = None
    pm = None
    pos = 0
    i = 0
    s = data_string
    n = len(format)

    def fail():
        raise ValueError("time data %r does not match format %r" % (data_string, format))

    def number(maxlen, maxval=None):
        nonlocal pos
        start = pos
        while pos < len(s) and pos - start < maxlen and s[pos].isdigit():
            pos += 1
        if start == pos:
            fail()
        while maxval is not None and int(s[start:pos]) > maxval and pos - start > 1:
            pos -= 1
        return int(s[start:pos])

    def word(table):
        nonlocal pos
        for name in sorted(table, key=len, reverse=True):
            if s[pos:pos + len(name)].lower() == name:
                pos += len(name)
                return table[name]
        fail()

    while i < n:
        c = format[i]
        if c == '%' and i + 1 < n:
            d = format[i + 1]
            i += 2
            if d == 'Y':
                year = number(4)
            elif d == 'y':
                year = number(2)
                year += 2000 if year < 69 else 1900
            elif d == 'm':
                month = number(2, 12)
            elif d == 'd':
                day = number(2, 31)
            elif d == 'H':
                hour = number(2, 23)
            elif d == 'I':
                hour = number(2)
            elif d == 'M':
                minute = number(2, 59)
            elif d == 'S':
                second = number(2, 61)
            elif d == 'j':
                yday = number(3)
            elif d in 'bBh':
                month = word(_MONTH_INDEX)
            elif d in 'aA':
                wday = word(_DAY_INDEX)
            elif d == 'p':
                pm = word({'am': False, 'pm': True})
            elif d == '%':
                if s[pos:pos + 1] != '%':
                    fail()
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif c.isspace():
            i += 1
            while pos < len(s) and s[pos].isspace():
                pos += 1
        else:
            if s[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos != len(s):
        raise ValueError("unconverted data remains: %s" % s[pos:])
    if pm is not None:
        if pm and hour != 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 62):
        fail()
    yday = _days_before_month(year, month) + day
    wday = _weekday(year, month, day)
    return struct_time((year, month, day, hour, minute, second, wday, yday, -1))


# Which OS clock backs each Python clock on Linux, as CPython reports it (the JVM reads the
# same clocks: System.currentTimeMillis/Instant, System.nanoTime, thread CPU time).
_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
}


def get_clock_info(name):
    """A namespace describing clock `name`: implementation, monotonic, adjustable, resolution."""
    import types
    try:
        implementation, monotonic, adjustable = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError('unknown clock') from None
    return types.SimpleNamespace(implementation=implementation, monotonic=monotonic,
                                 adjustable=adjustable, resolution=1e-09)
