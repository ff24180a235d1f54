def main():
    x = 0
    for i in range(3): x += i
    return x
