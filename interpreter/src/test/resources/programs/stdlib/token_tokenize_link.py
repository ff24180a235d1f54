# token: tokenize re-exports token's names and uses its numbering for exact types.
import io
import token
import tokenize

print(all(getattr(tokenize, n) is getattr(token, n) for n in token.__all__))
print(tokenize.__all__[-5:])
print(tokenize.EXACT_TOKEN_TYPES is token.EXACT_TOKEN_TYPES)
src = 'a = b ** -c[1:2] @ d != e ... ; f |= {g: h}\n'
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    if tok.type == token.OP:
        print(repr(tok.string), token.tok_name[tok.exact_type], tok.exact_type == token.EXACT_TOKEN_TYPES[tok.string])
    else:
        print(token.tok_name[tok.type], repr(tok.string), tok.exact_type == tok.type)
