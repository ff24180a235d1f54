# int() parsing: bases, prefixes, underscores, whitespace, errors; int of floats and strings.
for text, base in [('42', 10), ('  -17  ', 10), ('+5', 10), ('1_000', 10), ('ff', 16), ('0xff', 16),
                   ('0xff', 0), ('0o17', 0), ('0b101', 0), ('z', 36), ('10', 2), ('١٢٣', 10),
                   ('0_0', 0), ('  0x_1f', 0)]:
    print(repr(text), base, int(text, base))
for text, base in [('', 10), ('1.5', 10), ('12a', 10), ('08', 0), ('1__0', 10), ('_1', 10),
                   ('0x', 16), ('2', 2), (' ', 10), ('1e3', 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print('ValueError:', e)
for bad_base in [1, 37, -1]:
    try:
        int('1', bad_base)
    except ValueError as e:
        print('ValueError:', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
print(int(3.99), int(-3.99), int(True), int(b'12'), int(bytearray(b'7')), int())
print(int(1e20), int(-0.0))
for f in [float('inf'), float('nan')]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(int('9' * 40))
print(int.__name__, int('0'), int('-0'), int('000'))
