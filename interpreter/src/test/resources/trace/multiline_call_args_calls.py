def f(*a):
    return len(a)

def main():
    return f(
        abs(-1),
        len('ab'),
    )
