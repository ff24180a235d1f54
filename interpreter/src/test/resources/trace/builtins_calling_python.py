def key(v):
    return -v

def main():
    return sorted([1, 2, 3], key=key)
