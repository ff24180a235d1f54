def main():
    return sorted([3, 1, 2], key=lambda v: -v)
