# strptime's %j, %U, %W, %w, %Z and the C locale's %c, %x, %X.
from datetime import datetime

CASES = [
    ('2024 100', '%Y %j'), ('2023 365', '%Y %j'), ('2024 366', '%Y %j'), ('001', '%j'),
    ('2024 0 Mon', '%Y %W %a'), ('2024 1 Monday', '%Y %W %A'), ('2024 52 Sun', '%Y %W %a'),
    ('2023 0 Sun', '%Y %U %a'), ('2023 1 Sun', '%Y %U %a'), ('2023 0 Mon', '%Y %W %a'),
    ('2022 0 Sat', '%Y %U %a'), ('2021 0 Fri', '%Y %W %a'), ('2027 0 Mon', '%Y %U %a'),
    ('2024 10 3', '%Y %U %w'), ('2024 10 0', '%Y %W %w'), ('2024 10', '%Y %W'),
    ('2024 45 5', '%Y %j %w'), ('2024-03-01 UTC', '%Y-%m-%d %Z'), ('12:30 GMT', '%H:%M %Z'),
    ('Tue Mar 17 22:44:55 1999', '%c'), ('Thu Mar  5 01:02:03 2020', '%c'),
    ('03/17/99', '%x'), ('22:44:55', '%X'), ('03/17/99 22:44:55', '%x %X'),
    ('100%c', '%j%%c'),
    ('2024 367', '%Y %j'), ('2024 000', '%Y %j'), ('2024 54 Mon', '%Y %W %a'),
    ('2024 7 Mon', '%Y %W %w'), ('Tue Mar 17 1999', '%c'),
]
for text, fmt in CASES:
    try:
        print(repr(text), repr(fmt), datetime.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), repr(fmt), 'ValueError:', e)
for year in (2019, 2020, 2021, 2024, 2025, 2026):
    for week in (0, 1, 26, 52, 53):
        row = []
        for fmt in ('%Y %W %w', '%Y %U %w'):
            try:
                row.append(datetime.strptime('%d %d 1' % (year, week), fmt).strftime('%m-%d'))
            except ValueError as e:
                row.append('error')
        print(year, week, row)
