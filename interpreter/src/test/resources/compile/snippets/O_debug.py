if __debug__:
    a()
else:
    b()
assert a, b
x = 1 if __debug__ else 2
def f():
    "docstring"
    assert False
    return __debug__
