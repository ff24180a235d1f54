# token: looking token types up both ways and grouping them.
import token

by_name = {name: value for value, name in token.tok_name.items()}
print(by_name['OP'], by_name['NUMBER'], by_name['NT_OFFSET'])
print(all(getattr(token, name) == value for name, value in by_name.items()))
ops = [v for v in range(token.N_TOKENS) if token.tok_name[v] in
       {token.tok_name[k] for k in token.EXACT_TOKEN_TYPES.values()}]
print(len(ops), ops[0], ops[-1])
two_char = sorted(t for t in token.EXACT_TOKEN_TYPES if len(t) == 2)
three_char = sorted(t for t in token.EXACT_TOKEN_TYPES if len(t) == 3)
print(two_char)
print(three_char)
inverse = {}
for text, kind in token.EXACT_TOKEN_TYPES.items():
    inverse.setdefault(kind, []).append(text)
print(all(len(v) == 1 for v in inverse.values()), len(inverse))
print([token.tok_name[k] for k in sorted(inverse)][:10])
print(token.tok_name[token.NT_OFFSET], token.NT_OFFSET - token.N_TOKENS)
