# token: the numbering of every token type, tok_name, NT_OFFSET and the predicates.
import token

names = [n for n in token.__all__ if isinstance(getattr(token, n), int)]
print(len(names), names[:8], names[-4:])
for n in names:
    print(n, getattr(token, n), token.tok_name[getattr(token, n)])
print(token.NT_OFFSET, token.N_TOKENS, token.ENDMARKER)
print(sorted(token.tok_name) == sorted(getattr(token, n) for n in names))
print([token.ISTERMINAL(x) for x in (0, 54, 255, 256, 300)])
print([token.ISNONTERMINAL(x) for x in (0, 255, 256, 1000)])
print([token.ISEOF(x) for x in (0, 1, token.ENDMARKER, token.NT_OFFSET)])
print(token.__all__[:4])
print(type(token.tok_name), token.tok_name.get(999, 'missing'))
