def main():
    try:
        int('x')
    except ValueError:
        pass
    try:
        len(5)
    except TypeError:
        pass
    return 1
