class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

def main():
    with (
        CM() as a,
        CM() as b,
    ):
        pass
    return 'ok'
