# datetime.timedelta: normalisation, str/repr, arithmetic and errors
from datetime import timedelta

cases = [timedelta(), timedelta(1), timedelta(days=-1, seconds=5),
         timedelta(hours=25, minutes=61, seconds=61), timedelta(weeks=2, milliseconds=1500),
         timedelta(microseconds=-1), timedelta(days=3, microseconds=7),
         timedelta(hours=1.5), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6),
         timedelta(days=0.1, minutes=-0.25)]
for td in cases:
    print(repr(td), '|', str(td), '|', td.days, td.seconds, td.microseconds)
a = timedelta(hours=10, minutes=30)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 0.3333, a / 4, a / 0.5, a // 7)
print(a / b, a // b, a % b, divmod(a, b))
print(a.total_seconds(), timedelta(microseconds=1).total_seconds())
print(a > b, a == timedelta(minutes=630), a != b, sorted([a, b, -b]))
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(hash(a) == hash(timedelta(seconds=37800)))
print(timedelta.min, timedelta.max, timedelta.resolution, sep=' | ')
print(repr(timedelta.max))
for bad in (lambda: timedelta(days=10 ** 9), lambda: timedelta.max + timedelta(1),
            lambda: timedelta(days='1'), lambda: a / 0, lambda: a // timedelta(0),
            lambda: timedelta(seconds=float('nan'))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(f'{timedelta(seconds=90)}', f'{timedelta(seconds=90)!r}')
