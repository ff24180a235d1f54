# 'break' and 'return' inside a for loop over a fresh generator drop the loop's iterator, which
# closes the generator there; an exhausted one has nothing left to close.
def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        log('numbers done')

def first_over(limit):
    for v in numbers(10):
        if v > limit:
            return v
    return None

def main():
    for v in numbers(5):
        if v == 2:
            break
    found = first_over(3)
    total = 0
    for v in numbers(3):
        total += v
    return found, total
