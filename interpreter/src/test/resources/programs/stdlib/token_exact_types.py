# token: EXACT_TOKEN_TYPES maps each operator to its exact type, in CPython's order.
import token

ops = token.EXACT_TOKEN_TYPES
print(len(ops))
for text, kind in ops.items():
    print(repr(text), kind, token.tok_name[kind])
print(list(ops) == sorted(ops))
print(all(token.ISTERMINAL(k) for k in ops.values()))
print(min(ops.values()), max(ops.values()), token.OP in ops.values())
print(sorted(set(range(token.LPAR, token.OP)) - set(ops.values())))
print(ops.get('<>'), ops.get('!'), ops.get('->'), ops.get(':='))
try:
    ops['$']
except KeyError as e:
    print('KeyError', e)
