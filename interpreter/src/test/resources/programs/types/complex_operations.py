def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '!!', type(e).__name__ + ':', e)

c11 = 1 + 1j  # a name: the power is computed at run time, not folded by the compiler
for s in ["(1+2j) + (3-4j)", "(1+2j) - 1", "2 - 1j", "(1+2j) * (3+4j)", "(1+2j) * 2.5", "3 * 1j", "(1+2j) / (3+4j)", "1 / 1j", "(1+2j) / 0", "(1+2j) / 0j", "1j / 0.0", "(1e300+1e300j) / (1e300+1e300j)",
          "abs(3+4j)", "abs(complex(1e308, 1e308))", "abs(complex(float('inf'), float('nan')))", "abs(complex(float('nan'), 1))", "abs(-0j)",
          "(1+2j) ** 2", "(1+2j) ** 0.5", "(1+2j) ** -2", "0j ** -1", "0j ** 0", "0j ** 1j", "0j ** 2", "1j ** 1j", "(2+0j) ** 100000", "c11 ** 101", "c11 ** 100", "2 ** (1+1j)", "(-1) ** 0.5", "(1+2j) ** (2+0j)", "(-8) ** (1/3)",
          "complex(1e308, 1e308) * 10", "-(1+2j)", "+(1-2j)", "(1+2j).conjugate()", "(1+2j).real", "(1+2j).imag", "(1+2j).__getnewargs__()", "(1+2j).__complex__()",
          "(1+2j) == (1+2j)", "(1+0j) == 1", "(1+0j) == 1.0", "1j == 1", "(1+2j) != 1", "complex(2**53 + 1, 0) == 2**53 + 1", "(1+2j) < (1+2j)", "1j < 1", "1 > 1j", "1j <= 1j", "(1+2j) == 'x'",
          "hash(1+2j)", "hash(1j)", "hash(complex(1, 0)) == hash(1)", "hash(complex(-1, 0))", "hash(complex(0.5, -2.5))",
          "complex('1+2j')", "complex(' ( 1+2j ) ')", "complex('1+2j', 1)", "complex('x')", "complex('1e5j')", "complex('j')", "complex('-j')", "complex('+J')", "complex('1+j')", "complex('1-j')", "complex('inf+nanj')", "complex('-infinityj')",
          "complex(None)", "complex('')", "complex('()')", "complex('(1')", "complex('1 + 2j')", "complex('1_0+2_0j')", "complex('1e+5-1e-5j')", "complex('5')", "complex('-1.5')", "complex('1jj')", "complex('1+2')", "complex('.j')", "complex('1e')",
          "complex(1, 2j)", "complex(1j, 2j)", "complex(1j, 2)", "complex(1, '2')", "complex(1, None)", "complex()", "complex(real=1, imag=2)", "complex(imag=3)", "complex(True, False)", "complex(1.5)", "complex(10**400)", "complex(2, 3, 4)",
          "repr(complex(-0.0, -0.0))", "repr(complex(0.0, -0.0))", "repr(complex(1e16, 1e-5))", "str(1j)", "repr(complex(float('nan'), float('inf')))", "bool(0j)", "bool(-0j)", "bool(1e-300j)",
          "(1+2j) // 2", "(1+2j) % 2", "divmod(1j, 2)", "int(1j)", "float(1j)", "round(1j)", "pow(1j, 2, 3)", "1j & 1"]:
    t(s)

class C(complex):
    pass
c = C(1, 2)
print(type(c).__name__, c + 1, type(c + 1).__name__, repr(c), c == 1+2j, type(complex(c)).__name__, type(+c).__name__)
class HasComplex:
    def __complex__(self):
        return 3+4j
class BadComplex:
    def __complex__(self):
        return 5
class HasFloat:
    def __float__(self):
        return 2.5
print(complex(HasComplex()), complex(HasFloat()), complex(HasFloat(), HasFloat()))
try:
    complex(BadComplex())
except TypeError as e:
    print(e)
z = 1j
z += 1
z *= 2
z /= 1j
z **= 2
z -= 3
print(z)
