def main():
    n = 0
    while n < 5:
        n += 1
        if n == 3:
            break
    else:
        n = 100
    return n
