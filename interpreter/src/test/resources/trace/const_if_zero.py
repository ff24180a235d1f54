def main():
    x = 5
    if 0:
        x = 6
    return x
