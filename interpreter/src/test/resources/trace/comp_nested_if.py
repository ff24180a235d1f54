def main():
    return [(a, b) for a in range(2) for b in range(2) if a != b]
