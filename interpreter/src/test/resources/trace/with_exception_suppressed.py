class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return True

def main():
    with Suppress():
        raise KeyError('k')
    return 'after'
