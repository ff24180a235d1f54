if 0 < x < 10 < y:
    pass
while a == b != c:
    pass
z = a < b < c
w = not (a < b < c)
assert 0 <= i < n, "range"
