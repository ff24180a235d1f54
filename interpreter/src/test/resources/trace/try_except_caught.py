def main():
    try:
        1 / 0
    except ZeroDivisionError:
        x = 'caught'
    return x
