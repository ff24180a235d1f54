a, *b, c = range(5)
print(*args, sep="")
x = [*a, *b]
def f(*args, **kwargs):
    return g(*args, **kwargs)
