# Every resumption of a generator is a 'call' and every yield a 'return'; the consuming builtins
# (list, next, sum) are reported around them only where they are builtin functions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'

def main():
    first = next(countdown(2))
    everything = list(countdown(3))
    total = sum(countdown(2))
    g = countdown(1)
    values = [v for v in g]
    return first, everything, total, values
