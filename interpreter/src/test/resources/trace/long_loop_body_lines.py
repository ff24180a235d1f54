def main():
    acc = []
    for i in range(2):
        a = i
        b = a + 1
        c = b + 1
        acc.append(c)
    return acc
