def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '!!', type(e).__name__ + ':', e)

for s in ["1.5 + 2", "0.1 + 0.2", "1e300 * 1e10", "-1e300 * 1e10", "1e-300 * 1e-300", "7.0 / 0", "7 / 0.0", "7 // 0.0", "7 % 0.0", "divmod(7.0, 0)", "divmod(-7.5, 2)", "divmod(7.5, -2)",
          "-7.5 // 2", "-7.5 % 2", "7.5 % -2", "-0.0 % 5", "0.0 % -5", "5 % -0.5", "-1e-300 % 1e300", "1e300 // 1e-300", "3.0 // 0.1", "3.0 % 0.1", "-3.0 // 0.1",
          "10.0 ** 400", "2.0 ** -1", "0.0 ** -1", "0.0 ** 0", "(-8.0) ** (1/3)", "(-2.0) ** 2", "(-2.0) ** 0.5", "float('nan') ** 0", "1.0 ** float('nan')", "float('inf') ** -1", "(-float('inf')) ** 3",
          "(-float('inf')) ** 2", "(-1.0) ** float('inf')", "0.5 ** float('inf')", "2.0 ** float('-inf')", "(-0.0) ** 3", "(-0.0) ** 2", "(-0.0) ** -1", "2 ** 0.5", "4 ** -0.5", "10 ** -400",
          "float('x')", "float('1_0.5')", "float('1__0')", "float(' nan ')", "float('-iNfinity')", "float('0x10')", "float('1e500')", "float('-1e-500')", "float('\\u0661.\\u0665')", "float('.5')", "float('5.')", "float('1e5')",
          "float('1_')", "float('_1')", "float('1_.5')", "float('1._5')", "float('1e1_0')", "float('1e_1')", "float('.')", "float('e1')", "float('1e')", "float('+nan')", "float('infinit')", "float('')", "float(b'1.5')", "float(b'x')",
          "float(None)", "float([])", "float(10**400)", "float(2**1023 * 2 - 1)", "float(2**53 + 1)", "float(True)", "float()", "float(x=1)", "float(1, 2)",
          "(0.1).as_integer_ratio()", "(-2.5).as_integer_ratio()", "(1e300).as_integer_ratio()[1]", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "(5e-324).as_integer_ratio()[0]",
          "(0.1).hex()", "(1.0).hex()", "(5e-324).hex()", "(-0.0).hex()", "float('inf').hex()", "(1e308).hex()", "(-2.5).hex()",
          "float.fromhex('0x1.999999999999ap-4')", "float.fromhex('x')", "float.fromhex(' -0x1p-1074 ')", "float.fromhex('inf')", "float.fromhex('0x1p10000')", "float.fromhex('ff')", "float.fromhex('0x.8')", "float.fromhex('0x3p-1076')",
          "float.fromhex('0x1.fffffffffffff8p1023')", "float.fromhex('0x1.fffffffffffff7p1023')", "float.fromhex('0x1_0')", "float.fromhex('1p')", "float.fromhex('0x1p-1075')", "float.fromhex('0x1.0000000000001p-1075')",
          "round(2.675, 2)", "round(0.5)", "round(1.5)", "round(-0.5)", "round(2.5)", "round(1e300, -300)", "round(1.5, None)", "round(1.23456e-5, 8)", "round(123.456, -1)", "round(float('inf'), 2)", "round(float('inf'))", "round(float('nan'))",
          "round(-0.0, 1)", "round(0.125, 2)", "round(0.375, 2)", "round(5e-324, 400)", "round(1.7976931348623157e308, -308)", "round(1e22)", "round(-1.5)", "round(12345.6789, -2)", "round(0.5, 0)", "round(-0.4, 0)",
          "(3.7).__trunc__()", "(3.7).__floor__()", "(-3.2).__ceil__()", "(-3.7).__trunc__()", "(1e20).__floor__()", "float('inf').__floor__()", "float('nan').__ceil__()",
          "hash(0.5)", "hash(1e100)", "hash(-0.0)", "hash(float('inf'))", "hash(float('-inf'))", "hash(1.5e-300)", "hash(-2.5)", "hash(1.0) == hash(1)", "hash(2.0**70) == hash(2**70)", "hash(1e-320)", "hash(123456789.123)",
          "(1.5).is_integer()", "(2.0).is_integer()", "float('inf').is_integer()", "(1.5).conjugate()", "(1.5).real", "(1.5).imag", "(1.5).__getnewargs__()", "float.__getformat__('double')", "float.__getformat__('int')",
          "1.0 == 1", "2**53 + 1 == 2.0**53", "2**53 + 1 > 2.0**53", "2.0**53 < 2**53 + 1", "10**400 > 1e308", "float('nan') == float('nan')", "float('nan') != 1", "float('inf') > 10**1000", "-float('inf') < -10**1000",
          "0.0 == -0.0", "1.5 < 2", "1.5 >= 1", "[1.5] < [2]", "1e16 == 10**16", "1e16 + 1 == 10**16 + 1", "0.1 == 1/10", "1.5 < 'a'",
          "repr(-0.0)", "str(1e16)", "str(1e-5)", "str(123456789012345678.0)", "repr(1e22)", "repr(0.1 * 3)", "str(float('-inf'))", "repr(float('nan'))", "repr(5e-324)", "repr(1.7976931348623157e308)",
          "abs(-1.5)", "-(1.5)", "+(-0.0)", "bool(0.0)", "bool(-0.0)", "bool(float('nan'))", "int(1e100)", "int(-0.9)", "float.__round__(2.5)", "(2.5).__round__(0)", "(7.5).__divmod__(2)", "(7.5).__rdivmod__(2)", "(1.5).__add__('x')",
          "sum([0.1] * 10)", "min(1.5, 1)", "max(float('nan'), 1)", "sorted([2.5, 1, -0.0, 0])"]:
    t(s)

class F(float):
    pass
f = F(2.5)
print(type(f).__name__, f + 1, type(f + 1).__name__, repr(f), f == 2.5, type(+f).__name__, type(F.fromhex('0x1p1')).__name__)
print(type(abs(f)).__name__, type(f.real).__name__, F('1.5') * 2)
x = 1.5
x += 1
x *= 2
x /= 4
x //= 0.5
x **= 2
x %= 5
print(x)
