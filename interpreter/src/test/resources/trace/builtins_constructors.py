def main():
    a = int('5')
    b = list(range(2))
    c = str(3)
    d = dict(a=1)
    return a, b, c, d
