def main():
    d = {
        'a': 1,
        'b': 2,
    }
    return sorted(d)
