try:
    a()
except E as e:
    raise F from e
def f():
    try:
        pass
    except:
        raise
def g():
    raise A from B
