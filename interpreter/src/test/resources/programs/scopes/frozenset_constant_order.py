# Set-display constants: `x in {...}` and `for x in {...}` fold to a frozenset constant;
# with colliding int hashes its iteration order is CPython's (a set, then a frozenset of it).
def f():
    return [x for x in {8, 0, 16, 1, 24, 9}]

def g():
    return 16 in {8, 0, 16, 1, 24, 9, 32, 40, 48, 56}

def h():
    for x in {64, 0, 8, 128, 1, 72, 2, 136, 16}:
        print(x, end=' ')
    print()

print(f())
print(g())
h()
for c in f.__code__.co_consts + g.__code__.co_consts + h.__code__.co_consts:
    if isinstance(c, frozenset):
        print(list(c), len(c))
print(list({8, 0, 16, 1, 24, 9}), list(frozenset([8, 0, 16, 1, 24, 9])))
print([x for x in {-1, -2, 2**61 - 1, 2**61, 0, 7}])
