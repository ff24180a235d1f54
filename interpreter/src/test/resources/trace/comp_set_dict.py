def main():
    s = {x % 2 for x in range(4)}
    d = {x: x * x for x in range(2)}
    return len(s), d
