def main():
    x = 1
    while 0:
        x = 2
    return x
