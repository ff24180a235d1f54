def main():
    while False:
        y = 1
    else:
        y = 2
    return y
