# datetime.strptime: common directives, %f and %z, and the errors
from datetime import datetime

cases = [('2023-07-04 12:01:02', '%Y-%m-%d %H:%M:%S'),
         ('04/07/23', '%d/%m/%y'), ('1/2/70', '%m/%d/%y'),
         ('2021-03-04T05:06:07.5', '%Y-%m-%dT%H:%M:%S.%f'),
         ('2021-03-04 05:06:07.123456', '%Y-%m-%d %H:%M:%S.%f'),
         ('2020-01-01 10:00 +0530', '%Y-%m-%d %H:%M %z'),
         ('2020-01-01 10:00 -08:00', '%Y-%m-%d %H:%M %z'),
         ('2020-01-01 10:00 Z', '%Y-%m-%d %H:%M %z'),
         ('2020-01-01 10:00 +0000', '%Y-%m-%d %H:%M %z'),
         ('Mar 5 2024', '%b %d %Y'), ('March 05, 2024', '%B %d, %Y'),
         ('Tuesday 5 March 2024', '%A %d %B %Y'), ('07:45 PM', '%I:%M %p'),
         ('12:00 am', '%I:%M %p'), ('12:30 PM', '%I:%M %p'), ('100%', '100%%'),
         ('  2024   5 ', ' %Y %m '), ('20240102', '%Y%m%d')]
for data, fmt in cases:
    d = datetime.strptime(data, fmt)
    print(repr(data), repr(d), d.isoformat())
for data, fmt in [('2024-13-01', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'), ('2024-01-01 extra', '%Y-%m-%d'),
                  ('abc', '%Y'), ('2024', '%Q'), ('25:00', '%H:%M'), ('10:00 +5', '%H:%M %z')]:
    try:
        print(datetime.strptime(data, fmt))
    except ValueError as e:
        print('ValueError:', e)
