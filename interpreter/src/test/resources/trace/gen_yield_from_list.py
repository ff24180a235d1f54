def gen():
    yield from [1, 2]

def main():
    return list(gen())
