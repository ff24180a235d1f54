assert x
assert x, "message"
assert x > 0, f"{x} too small"
def f(a):
    assert a and not b
    return a
