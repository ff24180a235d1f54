def main():
    it = iter([1, 2])
    return next(it) + next(it)
