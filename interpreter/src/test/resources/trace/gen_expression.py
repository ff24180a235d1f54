def main():
    g = (x * 2 for x in range(2))
    return list(g)
