def a():
    return
def b():
    return None
def c(x):
    if x:
        return 1
    else:
        return 2
def d(x):
    while x:
        return x
def e():
    return (1,
            2)
def f(x):
    return (
        x
    )
