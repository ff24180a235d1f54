# tokenize: TokenInfo tuples, their reprs and exact types, over bytes and str sources.
import io
import tokenize

src = b"def f(x):\n    # double it\n    return x * 2  # done\n\nprint(f(21))\n"
for tok in tokenize.tokenize(io.BytesIO(src).readline):
    print(tok)
tok = next(tokenize.generate_tokens(io.StringIO("x += 1\n").readline))
print(tok.type, tok.string, tok.start, tok.end, repr(tok.line))
print(tok[0], tok[1:3], len(tok), tok._fields)
print(tok == (1, 'x', (1, 0), (1, 1), 'x += 1\n'), isinstance(tok, tuple))
print(type(tok).__name__, type(tok).__mro__[1].__name__)
ops = [t for t in tokenize.generate_tokens(io.StringIO("a+=b//c->d\n").readline)
       if t.type == tokenize.OP]
print([(t.string, t.exact_type, tokenize.tok_name[t.exact_type]) for t in ops])
made = tokenize.TokenInfo(tokenize.OP, '(', (1, 0), (1, 1), '(')
print(made, made.exact_type)
print(tokenize.TokenInfo(tokenize.OP, '$', (1, 0), (1, 1), '$').exact_type)
print(made._replace(string=')').exact_type)
