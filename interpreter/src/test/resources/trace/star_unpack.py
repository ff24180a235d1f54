def main():
    a, *rest = [1, 2, 3]
    first, (x, y) = 1, (2, 3)
    return rest, x + y
