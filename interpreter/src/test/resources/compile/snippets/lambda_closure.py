def make(n):
    return lambda x: x + n
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
