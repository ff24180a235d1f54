def main():
    k = 0
    while True:
        k += 1
        if k > 2:
            break
    return k
