# The format mini-language on floats and ints: fill, align, sign, width, precision, types.
x = 1234.5678
specs = ['', 'f', '.2f', '10.2f', '<10.2f', '^12.1f', '*>12.3f', '+.1f', ' .1f', '010.2f', ',.2f',
         '_.3f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', '=+12.2f', '#.0f', '.0f', 'n']
for s in specs:
    print(repr(s), format(x, s), format(-x, s))
for v in [0.0001, 1e-5, 123456789.0, 1e16, 0.5, 2.5, float('inf'), float('nan'), -0.0]:
    print(v, format(v, 'g'), format(v, '.2g'), format(v, 'e'), format(v, '.0f'), format(v, 'f'))
n = 255
for s in ['d', 'b', 'o', 'x', 'X', '#x', '#o', '#b', '08b', ',', '_', '_b', '+d', ' d', '>6', '<6|',
          '^7', 'c', 'e', '.2f', '%', 'n', '#X', '=+8d']:
    try:
        print(repr(s), format(n, s), format(-n, s) if s != 'c' else '')
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for bad in [(1.5, 'd'), (1, 's'), (1.5, 'x'), ('s', 'd'), (1, '.2s')]:
    try:
        format(*bad)
    except ValueError as e:
        print('ValueError:', e)
print(format(12345678901234567890, ','), format(1e100, ',.0f')[:20])
print(format(3 + 4j, '.2f'), format(1j, ''), format(True, 'd'), format(True, ''), format(False, '>6'))
