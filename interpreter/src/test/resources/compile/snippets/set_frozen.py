if x in {1, 2, 3}:
    pass
for c in {"a", "b"}:
    pass
y = x not in {1.0, 2, "s"}
z = [v for v in {1, 2}]
w = x in {a, b}
