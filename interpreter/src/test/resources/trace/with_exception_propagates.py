class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return False

def main():
    try:
        with CM():
            1 / 0
    except ZeroDivisionError:
        return 'caught'
