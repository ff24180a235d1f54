# Number types as objects: subclasses, dunder calls, mixed-type hashing and equality.
class I(int):
    def __repr__(self):
        return 'I(%d)' % int(self)

class F(float):
    pass

class C(complex):
    pass

i = I(7)
print(repr(i), str(i), format(i, ''), format(i, '03'), f'{i}', i.real, type(i.real).__name__, i.numerator)
print(I('12'), I('ff', 16), I(3.9), type(I()).__name__, I() == 0)
print(int.__new__(I, 5), type(int.__new__(I, 5)).__name__)
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(2), (1).__add__(2), (2).__rsub__(10), (1.5).__radd__(1), (1j).__rmul__(2))
print(int.__add__(3, 4), float.__mul__(2.0, 3.0), int.__neg__(5), float.__abs__(-2.5), int.__bool__(0), float.__int__(3.7), float.__float__(2.0), int.__float__(3))
print(int.__index__(5), int.__int__(True), type(int.__int__(True)).__name__, int.__hash__(-1), float.__hash__(-1.0), complex.__hash__(-1 + 0j))
d = {1: 'int', 1.0: 'float', True: 'bool', 1 + 0j: 'complex'}
print(d, len(d))
s = {0, 0.0, -0.0, False, 0j}
print(s)
print({2**64: 'a'}[2.0**64], {0.5: 'h'}[F(0.5)], hash(F(0.5)) == hash(0.5), hash(I(5)) == hash(5))
print(True + True, True * 10, True / True, True // 2, True % 2, -True, +True, abs(False), ~False, True << 3, True >> 1, True ** 2)
print(True & False, True | False, True ^ True, False ^ False, True & 3, 3 | False, repr(True and 5))
print(type(True & True).__name__, type(True & 1).__name__, type(1 & True).__name__, type(True + 0).__name__)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, int.__mro__, float.__mro__, complex.__mro__)
print(int.__name__, float.__qualname__, type(int.bit_length).__name__, type(int.real).__name__, type(int.from_bytes).__name__, type(float.fromhex).__name__)
print(int.real.__get__(5), int.bit_length(255), float.hex(1.0), complex.conjugate(1 + 1j))
for bad in ["int.bit_length(1.5)", "float.hex(1)", "int.to_bytes(5, 1, 'big', True)", "(5).to_bytes(1, byteorder=5)", "(5).to_bytes(1, 'big', sigend=True)",
            "int.from_bytes('ab', 'big')", "int.from_bytes([256])", "(1.5).__round__(1, 2)", "I(5) + 'a'", "F(1.5) < 'x'", "C(1) < C(2)", "bool(1, 2)", "bool(x=1)",
            "float('1', '2')", "complex('1', 2)", "complex(1, '2')", "int('1', base='2')", "int(base=2)", "float.fromhex(1)", "(1).__format__(1)", "format(1, 1)"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '!!', type(e).__name__, e)
print([x for x in (1, 2.5, 3j, True, I(4), F(5.5), C(6j))])
print(sorted([3, 1.5, True, F(0.5), I(2), -2**70, 2.0**80]))
print(sum([1, 2.5, 3j]), sum([0.1] * 10) == 1.0, 0.1 * 3 == 0.3)
n = 0
for k in range(1, 200):
    n += k ** 3 % 97 - k // 3 + (k << 2) ^ (k >> 1)
print(n, n.bit_length(), -n // 7, -n % 7)
