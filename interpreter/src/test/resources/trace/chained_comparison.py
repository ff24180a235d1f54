def main():
    a = 2
    return 1 < a < 3
