class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def main():
    with CM() as c:
        x = 1
    return x
