def main():
    return list(map(lambda v: v + 1, [1, 2]))
