# Uncaught exception: chained tracebacks with position markers for calls, subscripts and operators.
def divide(a, b):
    return a / b


def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError('no ' + key) from e


def compute(values):
    total = 0
    for v in values:
        total = total + divide(10, v)
    return total


try:
    compute([1, 2, 0])
except ZeroDivisionError:
    lookup({'a': 1}, 'b')
