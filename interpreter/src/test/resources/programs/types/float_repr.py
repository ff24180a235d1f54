# repr of floats: shortest round-trip, exponents, specials, negative zero.
values = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 100.0, 1e22, 1e23, 9007199254740993.0,
          3.141592653589793, 2.718281828459045, 0.5, 0.25, 1.0000000000000002, 123.456, -1.5e-7]
for v in values:
    print(repr(v), str(v))
print(float('1e500'), float('-1e500'), float('  2.5  '), float('1_0.5'), float('.5'), float('5.'))
print(float('infinity'), float('-Infinity'), float('nAn'), float('+inf'))
for bad in ['', 'abc', '1.2.3', '1e', 'in f', '_1.0']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
print(float(10), float(True), float(2 ** 60))
print([round(x, 2) for x in [0.125, 0.135, 2.675, -0.5]])
print(1.1 * 3, 0.1 * 3, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(sum([0.1] * 10), 4.35 * 100, 1.15 * 100)
