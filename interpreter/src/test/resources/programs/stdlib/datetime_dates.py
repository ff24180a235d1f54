# datetime.date and datetime.datetime: construction, calendar queries, arithmetic
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

d = date(2024, 3, 9)
print(repr(d), str(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), tuple(d.isocalendar()))
print(d.isocalendar().week, d.ctime(), d.isoformat())
print(date.fromordinal(738954), date.fromordinal(1), date.fromisocalendar(2020, 53, 7))
for y in (2000, 2019, 2020, 2021, 2026):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())
print(d + timedelta(days=300), d - timedelta(days=70), date(2024, 12, 25) - d)
print(d.replace(day=31), d.replace(year=2023, month=2))
print(date.fromisoformat('2011-11-04'), date.min, date.max, date.resolution)
print(f'{d:%Y/%m/%d}', f'{d!r}', f'{d}', d.strftime('%A %d %B %Y, day %j'))
print(d == date(2024, 3, 9), d < date(2024, 3, 10), d >= date(2025, 1, 1))
print(hash(d) == hash(date(2024, 3, 9)))
print(list(d.timetuple()))

dt = datetime(2024, 2, 28, 23, 59, 30, 250000)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' ', 'minutes'))
print(dt.isoformat(timespec='milliseconds'), dt.isoformat(timespec='hours'))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5, 0, 7)))
print(dt + timedelta(minutes=1), dt + timedelta(days=2), dt - datetime(2024, 1, 1))
print(dt.date(), dt.time(), repr(dt.timetz()), dt.ctime())
print(datetime.combine(date(2000, 1, 1), dt.time()))
print(datetime.fromisoformat('2021-06-15T08:30:00'), datetime.fromisoformat('2021-06-15'))
print(datetime.fromisoformat('2021-06-15 08:30:00.123'), dt.replace(microsecond=0))
print(dt.strftime('%H:%M:%S.%f %p %y-%m-%d'), f'{dt:%d.%m.%Y %H:%M}')
print(datetime.strptime('2023-07-04 12:01:02', '%Y-%m-%d %H:%M:%S'))
print(list(dt.timetuple()), dt.weekday())
print(d == datetime(2024, 3, 9), datetime.max, datetime.min)
for bad in (lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2020, 13, 1),
            lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 1, 60),
            lambda: datetime(2020, 1, 1, 0, 0, 0, 10 ** 6), lambda: date(2020.0, 1, 1),
            lambda: date.fromisoformat('2020-1-01'), lambda: date.max + timedelta(1),
            lambda: date.fromordinal(0), lambda: d < datetime(2020, 1, 1),
            lambda: datetime.fromisoformat('2020-01-01T25:00'),
            lambda: date.fromisocalendar(2021, 53, 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
