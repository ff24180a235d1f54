# calendar.HTMLCalendar: month, year and page markup, CSS class overrides
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2), end='')
print(h.formatmonth(2024, 9, withyear=False), end='')
print(h.formatyear(2023, width=4))
print(h.formatyear(2023, width=0)[:200])
page = h.formatyearpage(2025, css=None, encoding='ascii')
print(type(page).__name__, page[:160], page[-40:], len(page))
print(h.formatyearpage(2025)[:300].decode())

class Custom(calendar.HTMLCalendar):
    cssclasses = ['wk'] * 5 + ['we'] * 2
    cssclass_noday = 'empty'
    cssclass_month_head = 'title'

c = Custom(firstweekday=6)
print(c.formatmonth(2026, 11), end='')
print(c.formatweekday(3), c.formatweekheader(), c.formatday(0, 1), c.formatday(5, 6))
