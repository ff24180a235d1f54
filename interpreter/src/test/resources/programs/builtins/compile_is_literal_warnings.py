# Comparing a literal by identity warns at compile time ('"is" with a literal'), after constant
# folding; None, True, False and Ellipsis are singletons and do not warn. In a comparison chain
# only the first offending link warns. The warning of the script itself goes to stderr.
import warnings

x = 300
print(x is not 'ab' + '')

sources = [
    "x is 1",
    "1 is x",
    "x is not 'a'",
    "x is ('a', 1)",
    "x is ('a' + 'b')",
    "x is (1, [])",
    "x is None",
    "x is not True",
    "x is ...",
    "x is -1",
    "x is b''",
    "x < 1 is y",
    "x is 1 is not 2",
    "x == 1 is not y",
    "if x is 1:\n    pass",
    "if x < y is 'q':\n    pass",
    "while (x\n  is\n  2.5):\n    break",
    "f = lambda: x is 1j",
    "x in 1",
]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(src, '<lit>', 'exec')
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    for src in ["y is 5", "z = 1\nif (a and\n    b is not 'x'): pass", "f = lambda: (1, 2)(3)", "None[0]"]:
        try:
            compile(src, '<err>', 'exec')
        except SyntaxError as e:
            print('SyntaxError:', e.msg, e.args[1], e.end_lineno, e.end_offset)
