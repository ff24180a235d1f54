# breakpoint() with PYTHONBREAKPOINT unset enters pdb: next, step, return, list, p, break, where, continue.
def square(n):
    result = n * n
    return result


def main():
    x = 3
    breakpoint()
    y = square(x)
    z = y + 1
    print('z is', z)
    return z


main()
print('after')
