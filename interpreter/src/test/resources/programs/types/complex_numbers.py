# complex: construction, repr, arithmetic, abs, conjugate, comparisons, errors.
z = complex(3, 4)
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(1j, -1j, 1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) ** 2)
print(complex('1+2j'), complex(' 3j '), complex('-1.5'), complex(2), complex(), complex(1j, 1j))
print(complex('(1-2j)'), complex('inf+nanj'), complex(1e300, -0.0), complex(-0.0, -0.0))
print(0j, -0j, 1e300j * 1e10, complex(0, float('nan')))
print(z == 3 + 4j, z == complex(3, 4.0), 5 + 0j == 5, hash(5 + 0j) == hash(5))
try:
    z < 1j
except TypeError as e:
    print('TypeError:', e)
try:
    complex('1+2')
except ValueError as e:
    print('ValueError:', e)
try:
    1j / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    complex('1', 2)
except TypeError as e:
    print('TypeError:', e)
try:
    int(1j)
except TypeError as e:
    print('TypeError:', e)
print(pow(1j, 2), 2 ** 1j, (-1) ** 0.5)
print(type(1j).__name__, isinstance(1j, complex), (1 + 1j).__class__)
print(f'{z:.1f}', f'{z:>20}', f'{1.5+2.25j:g}', format(z, ''))
print(abs(-3 + 0j), complex(True, False), 3 + 4j - 3, 2 * (1 + 1j))
