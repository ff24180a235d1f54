def main():
    data = [1, 2, 0, 3]
    i = 0
    while (v := data[i]):
        i += 1
    return i
