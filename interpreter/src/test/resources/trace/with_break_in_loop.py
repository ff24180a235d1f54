class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

def main():
    for i in range(3):
        with CM():
            if i == 1:
                break
    return i
