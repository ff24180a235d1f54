# Constant folding gives exactly what the runtime computes: complex powers past the
# repeated-squaring range, and str concatenation/repetition of lone surrogates.
a = 1 + 1j
print((1+1j) ** 101, a ** 101, (1+1j) ** 101 == a ** 101)
print((2+3j) ** (0.5+1j), complex(2, 3) ** complex(0.5, 1))
print((1+1j) ** 100, (1.5-2j) ** -3, (3+4j) ** 150.5)
x = -2.5
print((-2.5) ** 0.5, x ** 0.5, (-8.0) ** (1/3))
hi, lo = '\ud800', '\udc00'
for s in ['\ud800' + '\udc00', hi + lo, '\ud800' * 2 + '\udc00', '\udc00\ud800' * 2,
          'a\ud800' + '\udc00b', '\U00010000' + '\ud800', '\ud800' '\udc00']:
    print(len(s), ascii(s))
print(('\ud800' + '\udc00') == hi + lo, '\U00010000' == '\ud800' + '\udc00')
