def main():
    m = [3, 1].copy
    return m()
