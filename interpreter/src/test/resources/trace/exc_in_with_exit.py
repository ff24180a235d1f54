class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('exit')

def main():
    try:
        with Bad():
            pass
    except ValueError:
        return 'exit raised'
