def main():
    n = 3
    while n:
        n -= 1
    return n
