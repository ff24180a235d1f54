class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        pass

def main():
    with CM(1) as a, CM(2) as b:
        s = a + b
    return s
