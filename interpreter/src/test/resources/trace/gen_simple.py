def gen():
    yield 1
    yield 2

def main():
    return list(gen())
