def main():
    s = 0
    for i in range(2):
        for j in range(2):
            s += i * j
    return s
