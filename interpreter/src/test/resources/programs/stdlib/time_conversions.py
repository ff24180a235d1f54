# time conversions that do not depend on the clock or the zone
import time

t = time.gmtime(0)
print(t, tuple(t), t.tm_year, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.gmtime(86400 * 365.25 * 30 + 12345.678)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', time.gmtime(1_000_000_000)))
print(time.asctime(time.gmtime(1_000_000_000)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mon, len(st), st[1:3])
print(time.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S')[:6])
print(time.strptime('Mar 4 2021', '%b %d %Y').tm_yday)
for bad in [lambda: time.strptime('2021', '%d'), lambda: time.gmtime('x'), lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(time.time()).__name__, type(time.monotonic_ns()).__name__, time.time() > 1.6e9)
