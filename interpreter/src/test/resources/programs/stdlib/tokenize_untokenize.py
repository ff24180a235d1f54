# tokenize: untokenize in full mode (positions kept) and compat mode (type, string pairs).
import io
import tokenize

sources = [
    "x = 1\n",
    "if a:\n    b = [1,\n         2]  # note\nelse:\n\tc = 'q'\n",
    "def f(*a, **k) -> int:\n    return a \\\n        + k\n",
    's = """one\ntwo"""\nt = "a" "b"\n',
    "class C:\n    def m(self):\n        pass\n\n\n    x = 1\n",
    "x = 1",
]
for src in sources:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    compat = tokenize.untokenize((t.type, t.string) for t in toks)
    print(repr(full), full == src)
    print(repr(compat))
    again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(compat).readline)]
    print(again == [(t.type, t.string) for t in toks])
data = "x = 'é'\n".encode()
out = tokenize.untokenize(tokenize.tokenize(io.BytesIO(data).readline))
print(type(out).__name__, out == data)
bad = [(tokenize.NAME, 'a', (1, 5), (1, 6), 'a'), (tokenize.NAME, 'b', (1, 0), (1, 1), 'b')]
try:
    tokenize.untokenize(bad)
except ValueError as e:
    print('ValueError', e)
print(repr(tokenize.untokenize([(tokenize.NAME, 'a', (3, 2), (3, 3), 'a')])))
print(repr(tokenize.untokenize([])))
print(repr(tokenize.untokenize([(tokenize.STRING, "'a'"), (tokenize.STRING, "'b'"),
                                (tokenize.NUMBER, '1'), (tokenize.OP, '+')])))
