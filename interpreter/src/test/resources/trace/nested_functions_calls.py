def a():
    return b() + 1

def b():
    return c() * 2

def c():
    return 1

def main():
    return a()
