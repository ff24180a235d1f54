# token: names are plain ints, tok_name is a plain dict, and misuse raises Python errors.
import token

print(type(token.NAME).__name__, token.NAME + 1, token.tok_name[token.NAME + 1])
print(token.tok_name[token.COMMENT], token.tok_name[token.NL], token.tok_name[token.ENCODING])
print(token.tok_name[token.ERRORTOKEN], token.tok_name[token.SOFT_KEYWORD])
print(token.tok_name[token.AWAIT], token.tok_name[token.ASYNC])
print(token.tok_name[token.TYPE_IGNORE], token.tok_name[token.TYPE_COMMENT])
try:
    token.tok_name[-1]
except KeyError as e:
    print('KeyError', e)
try:
    token.ISTERMINAL('x')
except TypeError as e:
    print('TypeError', e)
try:
    token.ISEOF()
except TypeError as e:
    print('TypeError', e)
try:
    token.NO_SUCH_TOKEN
except AttributeError as e:
    print('AttributeError', e)
from token import *
print(NAME, OP, NT_OFFSET, ISEOF(ENDMARKER), 'EXACT_TOKEN_TYPES' in dir())
print(sorted(n for n in token.__all__ if not n.isupper()))
