def f(x):
    if x or True:
        pass
def g(x):
    if x and False:
        pass
    while x or 1:
        pass
