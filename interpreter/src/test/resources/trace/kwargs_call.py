def f(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)

def main():
    return f(1, c=4, d=5)
