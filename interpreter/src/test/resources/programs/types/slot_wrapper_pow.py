# Calling numeric slot wrappers directly: __pow__/__rpow__ take an optional modulus
# (ternary pow); the other binary wrappers take exactly one argument.
tests = [
    'int.__pow__(2, 10, 7)', 'int.__rpow__(10, 2, 7)', 'int.__pow__(2, 10, None)',
    'int.__rpow__(2, 10, None)', '(2).__pow__(10, 7)', '(5).__rpow__(2, 7)',
    'int.__pow__(2, 3, 5.0)', 'int.__pow__(2, 3.0, 5)', "int.__pow__(2, 'a', 5)",
    "int.__rpow__(3, 2, 'x')", 'int.__pow__(True, 3, 5)', 'int.__pow__(2, 3, 0)',
    'int.__pow__(2, -1, 4)', 'int.__pow__(3, -1, 7)', 'int.__pow__(2, 100, 10**9 + 7)',
    'float.__pow__(2.0, 3, 5)', 'float.__rpow__(2.0, 3, 5)', "float.__pow__(2.0, 'a', 5)",
    'float.__pow__(2.0, 2)', 'float.__pow__(2.0, 2, None)',
    'complex.__pow__(1j, 2, 3)', 'complex.__pow__(1j, 2, None)',
    'int.__pow__(2)', 'int.__pow__(2, 1, 2, 3)', 'int.__rpow__(2, 1, 2, 3)',
    'int.__add__(2, 1, 2)', 'int.__add__(2)', 'int.__radd__(2, 1)', 'int.__radd__(2, 1, 2)',
    'int.__lt__(2)', 'int.__lt__(2, 3, 4)', 'float.__mul__(2.0, 3)', 'list.__add__([1], [2])',
    'str.__mod__("%d", 3)',
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, repr(str(e)))

class MyInt(int):
    pass
print(MyInt.__pow__(MyInt(3), 4, 5), pow(MyInt(3), 4, 5))
