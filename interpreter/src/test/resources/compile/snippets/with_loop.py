for i in x:
    with cm(i) as c:
        if c:
            break
        if not c:
            continue
        use(c)
def f():
    with open("a") as a, open("b") as b:
        return a.read() + b.read()
