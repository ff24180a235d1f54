def f(n):
    try:
        if n == 0:
            raise KeyError
        if n == 1:
            raise IndexError
        return 'none'
    except KeyError:
        return 'k'
    except IndexError:
        return 'i'

def main():
    return [f(0), f(1), f(2)]
