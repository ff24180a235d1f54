# calendar: leap years, weekdays, month ranges and the week iterators
import calendar

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 3, 9), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2026, 12))
print(calendar.monthcalendar(2024, 3))
c = calendar.Calendar(firstweekday=6)
print(c.firstweekday, list(c.iterweekdays()))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 2))[:3], list(c.itermonthdays4(2024, 2))[-2:])
print(c.monthdatescalendar(2024, 2)[0])
print(c.monthdays2calendar(2023, 1)[-1])
print([len(row) for row in c.yeardayscalendar(2024, 4)], len(c.yeardatescalendar(2024)[0][0]))
print(c.yeardays2calendar(2024, 2)[5][1][0])
print(list(calendar.Calendar().itermonthdates(1, 1))[:2])
print(calendar.timegm((2024, 3, 9, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.month_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays)
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError))
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.month(2024, 0), lambda: calendar.monthcalendar(2024, -1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__ + ':', e)
