# datetime: time objects, fixed-offset timezones and aware arithmetic
from datetime import time, datetime, timedelta, timezone, tzinfo, UTC

t = time(14, 5, 9, 120)
print(repr(t), str(t), repr(time()), repr(time(1, 2, 3)), t.isoformat('milliseconds'))
print(time.fromisoformat('04:23:01.000384'), time.fromisoformat('04:23'), time.max, time.min)
print(t < time(15), t == time(14, 5, 9, 120), t.replace(hour=1), f'{t:%H|%M|%S}')
east = timezone(timedelta(hours=5, minutes=30), 'IST')
west = timezone(timedelta(hours=-8))
print(repr(timezone.utc), repr(east), repr(west), str(east), str(west), str(UTC))
print(timezone(timedelta(seconds=1)).tzname(None), repr(timezone.min), str(timezone.max))
print(east.utcoffset(None), west.dst(None), east == timezone(timedelta(minutes=330)))
aware = datetime(2024, 3, 9, 12, 0, tzinfo=east)
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.dst())
print(aware.astimezone(timezone.utc), aware.astimezone(west))
other = datetime(2024, 3, 9, 6, 30, tzinfo=timezone.utc)
print(aware == other, aware - other, aware.timestamp(), other.isoformat())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1e9, west))
print(datetime.fromisoformat('2020-05-05T10:00:00+02:00'))
print(repr(datetime.fromisoformat('2020-05-05T10:00:00-03:30')))
print(time(8, 0, tzinfo=east).isoformat(), repr(time(8, 0, tzinfo=west)))
print(aware.strftime('%Y-%m-%d %H:%M %z %Z'), list(aware.utctimetuple()))
print(time(8, 0, tzinfo=east) < time(8, 0, tzinfo=west))

class Fixed(tzinfo):
    def __init__(self, minutes):
        self.minutes = minutes
    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'F%+d' % self.minutes

f = datetime(2001, 1, 1, 0, 0, tzinfo=Fixed(-90))
print(f, f.tzname(), f.astimezone(timezone.utc), f - other > timedelta(0))
naive = datetime(2024, 3, 9, 12, 0)
print(naive == aware)
for bad in (lambda: naive < aware, lambda: naive - aware,
            lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
            lambda: time(12, tzinfo=3), lambda: time(25),
            lambda: tzinfo().utcoffset(None), lambda: t.isoformat('days')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
