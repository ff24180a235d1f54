def main():
    xs = []
    xs.append(1)
    xs.extend([2, 3])
    n = len(xs)
    return sorted(xs, reverse=True), n
