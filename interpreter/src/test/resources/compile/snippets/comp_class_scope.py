class C:
    a = 1
    b = [a for _ in range(3)]
    c = [x for x in range(a)]
    d = {k: a for k in b}
    e = (y for y in b)
