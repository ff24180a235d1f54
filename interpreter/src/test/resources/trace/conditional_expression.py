def main():
    x = 3
    y = 'odd' if x % 2 else 'even'
    return y
