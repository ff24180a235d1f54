def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '!!', type(e).__name__ + ':', e)

for s in ["1 + 2", "2**100", "7//-2", "-7%3", "7 % -3", "-7 // 2", "(-2**63)//-1", "(-2**63)%-1", "abs(-2**63)",
          "-(2**63)", "2**63 - 1 + 1", "(2**62) * 2", "(2**62) * -2", "-(2**63) - 1", "3 * (10**20)", "(10**20) // 7", "(10**20) % -7",
          "divmod(7, -2)", "divmod(-7, 2)", "divmod(2**70, 7)", "divmod(7, 0)", "1 // 0", "5 % 0", "1 / 0",
          "7 / 2", "1 / 3", "10**400 / 1", "(10**400) / (10**399)", "2**53 + 1 == float(2**53)", "(2**53 + 1) / 1", "1 / 10**400", "-1 / 10**320", "(2**1074) and 1 / 2**1074", "3 / 2**1075",
          "pow(3, -1, 7)", "pow(2, -1, 4)", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow(3, 2, -5)", "pow(-3, 3, 5)", "pow(5, 0, 1)", "pow(1j, 2, 3)",
          "2 ** -1", "0 ** -1", "(-2) ** -2", "0 ** 0", "(-1) ** (10**30)", "2 ** 0", "10 ** 30",
          "1 << -1", "1 >> -1", "1 << 2**70", "-5 >> 1", "-5 >> 100", "5 >> 2**70", "1 << 100", "-1 << 64", "~5", "~-1", "-5 & 3", "-5 | 3", "-5 ^ 3",
          "(2**70) & -1", "-(2**70) | 5", "-(2**70) ^ (2**69)", "(2**64) >> 1",
          "True + 1", "True & True", "True | 0", "~True", "-True", "True ^ True", "repr(True & 1)", "True * 3", "False ** 0", "True / 2", "True // True",
          "hash(-1)", "hash(2**61-1)", "hash(-2**61)", "hash(2**64)", "hash(-(2**100))", "hash(10**30)", "hash(True)", "hash(-2**63)",
          "int('0x10', 0)", "int('010', 0)", "int('0_0', 0)", "int(' 1_000 ')", "int('1__0')", "int('x')", "int('12', 1)", "int(b'12')", "int('  ')",
          "int('0x_1f', 16)", "int('1f', 16)", "int('Z', 36)", "int('-0b101', 0)", "int('0o17', 8)", "int('0o17')", "int('+  5')", "int('\\u0661\\u0662')", "int('12345678901234567890123')",
          "int(1.5, 10)", "int(float('inf'))", "int(float('nan'))", "int(None)", "int([])", "int(-2.9)", "int(1e20)", "int('9' * 5000)", "int('1' * 4300) > 0", "int('z', 37)",
          "int(x='5')", "int('5', base=8)", "int()", "int(True)", "type(int(True))", "int('1' * 300, 2) > 0",
          "(255).to_bytes(2, 'big')", "(255).to_bytes()", "(-1).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big', signed=True)", "(256).to_bytes(1,'little')",
          "(1024).to_bytes(4, 'little')", "(-129).to_bytes(2, 'big', signed=True)", "(128).to_bytes(1, 'big', signed=True)", "(5).to_bytes(-1, 'big')", "(5).to_bytes(2, 'middle')", "(0).to_bytes(0, 'big')",
          "int.from_bytes(b'\\xff\\x00', 'little')", "int.from_bytes(b'\\xff', 'big', signed=True)", "int.from_bytes([1,2])", "int.from_bytes(b'', 'big')", "int.from_bytes(b'\\x80\\x00', signed=True)", "bool.from_bytes(b'\\x01', 'big')",
          "(10).as_integer_ratio()", "(-7).bit_length()", "(-7).bit_count()", "(0).bit_length()", "(2**100).bit_length()", "(-2**63).bit_length()",
          "round(1234, -2)", "round(1250, -2)", "round(1350, -2)", "round(-1250, -2)", "round(5, 2)", "round(15, -1)", "round(25, -1)", "round(-25, -1)", "round(7, -100)", "round(10**30 + 5 * 10**9, -10)", "round(True)",
          "5 .real", "(5).imag", "True.numerator", "(5).denominator", "(-5).conjugate()", "int.__index__(True)", "(7).__round__()", "(7).__ceil__()", "(7).__floor__()", "(7).__trunc__()", "(7).__getnewargs__()",
          "int.__round__(5, None)", "(5).__sizeof__()", "(2**100).__sizeof__()", "(17).__divmod__(5)", "(17).__rdivmod__(5)", "(17).__add__(1.5)", "(3).__radd__(4)",
          "1 < 2.5", "2**1000 < 1e308", "10**400 > 1e308", "10**400 < float('inf')", "1 == 1.0", "float(10**400)", "1 < 'a'", "str(10**5000)", "len(str(10**4299))", "str(-10**4299)[:3]",
          "[x for x in range(-3, 3) if x]", "sum(range(100))", "min(3, 2**70)", "max(-2**70, 1)", "sorted([3, 2**64, -1, 1.5])"]:
    t(s)

class I(int):
    pass

i = I(5)
print(type(i).__name__, i + 1, type(i + 1).__name__, -i, type(-i).__name__, repr(i), i == 5, hash(i) == hash(5))
print(type(int(i)).__name__, type(+i).__name__, type(abs(i)).__name__, i.real, type(i.real).__name__)
class J(int):
    def __add__(self, o):
        return 'J.add'
print(J(1) + 1, 1 + J(1), J(2) * 3)
class Idx:
    def __index__(self):
        return 7
class Tr:
    def __trunc__(self):
        return 9
class BadInt:
    def __int__(self):
        return 'x'
print(int(Idx()), bin(Idx()))
try:
    int(BadInt())
except TypeError as e:
    print(e)
x = 10
x += 2**64
x -= 2**64
x *= 3
x //= 4
x **= 2
x <<= 3
x >>= 1
x %= 1000
print(x)
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
try:
    str(10**1000)
except ValueError as e:
    print(e)
print(len(str(10**999)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
