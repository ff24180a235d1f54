def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def main():
    f = make()
    f()
    return f()
