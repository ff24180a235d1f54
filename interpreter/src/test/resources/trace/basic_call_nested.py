def inner(x):
    return x * 2

def main():
    y = inner(3)
    return inner(y)
