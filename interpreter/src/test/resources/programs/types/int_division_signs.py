# Floor division and modulo sign rules for ints and floats; divmod; true division.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (1, -0.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % 3.0, -5 % 3.0, 5.0 % -3)
print(1e300 // 1e-10 if False else 'skip')
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ['//', '%', '/']:
        try:
            eval('%r %s %r' % (bad[0], op, bad[1]))
        except ZeroDivisionError as e:
            print(bad, op, 'ZeroDivisionError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('divmod:', e)
print(10 ** 20 / 3, 2 ** 1000 / 2 ** 999, 1 / 3)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print('OverflowError:', e)
print(7 // True, True / 2, -True, +True)
print(3 ** -1, 2 ** -2, 0 ** 0, (-8) ** (1 / 3) if False else 'skip', (-2) ** 2, -2 ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
