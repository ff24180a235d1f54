def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def main():
    t = 0
    for v in count(3):
        t += v
    return t
