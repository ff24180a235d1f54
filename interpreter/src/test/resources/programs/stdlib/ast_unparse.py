# ast.unparse: statements, precedence, strings and f-strings, round trips.
import ast

SOURCES = [
    "x = 1 + 2 * 3 - (4 - 5) ** -2 ** 3",
    "a = (b or c) and not d or e if f else g",
    "lambda: 0\nlambda x, /, y=1, *a, z, w=2, **k: (x, y)",
    "f(a, *b, c=1, **d)[1:2, ::3]\nx.y.z[0](1) @ m",
    "(1).real, 3 .bit_length(), -(-x), ~y, not not z, +a ** b, (-a) ** b",
    "x = yield\ny = yield from z\nawait_ = [await_ for await_ in q]",
    "del a[0], b.c\nglobal g\nassert x, 'msg'\nraise E from None\nraise",
    "import a.b as c, d\nfrom ..mod import (x as y, z)\nfrom . import w",
    "for i, j in pairs:\n    continue\nelse:\n    pass\nwhile x:\n    break",
    "if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    y = 2\nelse:\n    z = 3",
    "try:\n    pass\nexcept (A, B) as e:\n    raise\nexcept C:\n    pass\nelse:\n    y = 1\nfinally:\n    z = 2",
    "with open(f) as a, b as (c, d):\n    pass",
    "@dec\n@dec2(1)\ndef f(a: int = 1, *args: str, b, **kw) -> None:\n    '''Doc.'''\n    return a",
    "class C(B, metaclass=M):\n    '''Class doc'''\n    x: int = 3\n    (y): str\n    def m(self):\n        pass",
    "async def f():\n    async for x in y:\n        await z\n    async with a:\n        pass",
    "s = 'it\\'s'\nt = \"say \\\"hi\\\"\"\nu = 'tab\\tnew\\nline'\nv = b'\\x00bytes'\nw = r'raw\\d'",
    "f'{x}' f'{y!r:>{width}}' f'{{literal}}' f\"{'q'}\" f'{x:%Y-%m-%d}'",
    "f'{a}\\n{b}'\nf'''{x}\n'''\nf'{ {1: 2}[1] }'",
    "{**a, 'b': 1}, {1, 2}, set(), {*()}, [*a, *b], (a, *b)",
    "x = {k: v for k, v in d.items() if v}\ny = {i async for i in g}\nz = (i for i in range(3) if i if i - 1)",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case (1 | 2) as n if n > 1:\n        pass\n    case str() as s:\n        pass\n    case _:\n        pass",
    "x = 1e400, -1e400j, 1.5, 10 ** 20, 0xff, ...",
    "(a := 10)\nif (n := len(a)) > 10:\n    pass",
    "x = a if b else (c if d else e)\ny = (a if b else c) if d else e",
    "a < b <= c != d is not e not in f in g is h",
    "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
    "x = (a, b) = c = d\na += 1\nb //= 2\nc **= 3",
    "def f(a, b=2, /):\n    nonlocal q\n\ndef g(*, a):\n    pass",
    "'''module doc'''\nimport os",
]
for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print("--", ast.dump(ast.parse(text)) == ast.dump(tree))
print(ast.unparse(ast.parse("a + b", mode="eval")))
print(ast.unparse(ast.BinOp(ast.Name("x"), ast.Mult(), ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))))
print(ast.unparse(ast.Constant(value=(1, 2.5, "s"))), ast.unparse(ast.Tuple([], ast.Load())))
