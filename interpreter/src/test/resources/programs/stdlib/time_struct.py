# time: struct_time, gmtime, localtime/mktime round trip (run under TZ of the recorder: UTC).
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[:3], tuple(t), isinstance(t, tuple), type(t).__name__)
print(time.gmtime(1e9))
print(time.gmtime(86400 * 365.25 * 30 + 0.9))
print(time.gmtime(-86400))
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone)
print(time.mktime(time.localtime(1234567890)) == 1234567890.0)
print(time.asctime(time.gmtime(0)), time.asctime((2021, 7, 4, 9, 5, 3, 6, 185, 0)))
print(time.gmtime(3.99).tm_sec, time.gmtime(10 ** 9) == time.gmtime(10 ** 9))
for expr in ['time.struct_time((1, 2))', 'time.struct_time(range(12))', 'time.gmtime("x")',
             'time.asctime("x")', 't.tm_year == t[0]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
