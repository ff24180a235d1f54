# time: strftime and strptime basics.
import time

t = time.gmtime(1000000000)
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%a %A %b %B %p %y %j %%', t))
print(time.strftime('%I:%M %p|%w|%u|%e|%U|%W|%D|%F|%T|%R', t))
print(time.strftime('%c', t), time.strftime('%x %X', t))
print(time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('no directives', t))
print(time.strftime('%H', time.gmtime(13 * 3600)), time.strftime('%I %p', time.gmtime(0)))
print(time.strptime('2020-03-04', '%Y-%m-%d'))
print(time.strptime('12/31/99 23:59:58', '%m/%d/%y %H:%M:%S'))
print(time.strptime('Jul 4 2021', '%b %d %Y')[:3], time.strptime('March 1 2000', '%B %d %Y').tm_yday)
print(time.strptime('07:15 PM', '%I:%M %p')[3:5], time.strptime('100%', '%d%%').tm_mday if False else 'x')
for expr in ['time.strftime(1)', 'time.strptime("2020", "%m")', 'time.strptime("2020-01-01x", "%Y-%m-%d")',
             'time.strptime("abc", "%Y")', 'time.strftime("%Y", (1, 2))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
