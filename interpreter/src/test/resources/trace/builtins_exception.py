def main():
    try:
        [].pop()
    except IndexError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    return 'ok'
