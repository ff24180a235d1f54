# printf-style % formatting: conversions, flags, width/precision, mappings, errors.
print('%d %i %u' % (42, -7, 3))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %o %#o' % (255, 255, 255, 8, 8))
print('%e %E %.2e %g %G %.3g' % (12345.678, 12345.678, 12345.678, 0.00001234, 1e20, 3.14159))
print('%f %.1f %10.3f %-10.1f| %F' % (3.14159, 3.14159, 3.14159, 3.14159, float('inf')))
print('%s %r %a' % ('text', 'text', 'ü'))
print('%c%c%c' % (72, 'i', 33))
print('%%literal %s' % 'ok', '%s' % [1, 2], '%s' % ((1, 2),), '%s %s' % (1, 2))
print('%(name)s is %(age)d years' % {'name': 'Ada', 'age': 36})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % None, '%d' % True, '%d' % 3.99, '%x' % -255, '%5.1s|' % 'abc')
errors = [
    lambda: '%d' % 'x',
    lambda: '%s %s' % (1,),
    lambda: '%s' % (1, 2),
    lambda: '%z' % 1,
    lambda: '%(key)s' % {'other': 1},
    lambda: '%(key)s' % (1,),
    lambda: '%c' % 'ab',
    lambda: '%c' % -1,
    lambda: '%x' % 1.5,
    lambda: '%' % (),
]
for e in errors:
    try:
        print(e())
    except (TypeError, ValueError, KeyError, OverflowError) as err:
        print(type(err).__name__ + ':', err)
print(b'%s %d %b' % (b'bytes', 5, b'raw'), b'%x' % 255, b'%c' % 65)
