def f(x):
    return x
def g(x):
    return (
        x +
        1
    )
def h():
    return 42
def i():
    return \
        None
def j(x):
    if x:
        pass
def k(x):
    for i in x:
        pass
def l(x):
    while x:
        x -= 1
def m(x):
    try:
        pass
    except:
        pass
