def main():
    hits = 0
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        except ValueError:
            hits += 1
    return hits
