def f():
    raise
def g():
    raise ValueError
def h():
    raise ValueError("x") from None
raise SystemExit
