# An exception raised three frames down and caught at the top: each frame's 'return' (None) as
# the exception passes, and the handler's own calls after it.
def innermost(n):
    if n > 1:
        raise LookupError('deep %d' % n)
    return n

def middle(n):
    return innermost(n) + 1

def outer(n):
    try:
        return middle(n)
    except LookupError as e:
        return str(e)

def main():
    return outer(1), outer(5)
