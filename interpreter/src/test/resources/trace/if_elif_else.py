def pick(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    else:
        return 'pos'

def main():
    return [pick(-1), pick(0), pick(1)]
