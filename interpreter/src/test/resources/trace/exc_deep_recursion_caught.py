def down(n):
    if n == 0:
        raise IndexError
    down(n - 1)

def main():
    try:
        down(2)
    except IndexError:
        return 'bottom'
