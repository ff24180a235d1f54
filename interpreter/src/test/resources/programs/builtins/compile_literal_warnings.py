# compile() warns "perhaps you missed a comma?" for literals that are called or subscripted in
# ways that always fail; the warnings go through the warnings module (record them here).
import warnings

sources = [
    "f = lambda: 5()",
    "f = lambda: (1, 2)(3)",
    "f = lambda: [x for x in 'ab']()",
    "f = lambda: f'{1}'()",
    "f = lambda: {1}()",
    "f = lambda: None[0]",
    "f = lambda: 1.5[0]",
    "f = lambda: (x for x in 'a')[0]",
    "f = lambda: (lambda: 0)[0]",
    "f = lambda: [1, 2][1.0]",
    "f = lambda: 'abc'[None]",
    "f = lambda: (1, 2)['x']",
    "f = lambda: [1, 2][0]",
    "f = lambda: 'abc'[1:2]",
    "f = lambda: {'a': 1}['a']",
    "f = lambda: len('x')",
    "f = lambda x: x[0]()",
]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        code = compile(src, '<lit>', 'exec')
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])

ns = {}
exec(compile("f = lambda: 5()", '<lit>', 'exec'), ns)
try:
    ns['f']()
except TypeError as e:
    print('TypeError:', e)
