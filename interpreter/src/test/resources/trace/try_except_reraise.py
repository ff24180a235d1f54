def main():
    try:
        try:
            raise TypeError('t')
        except TypeError:
            raise
    except TypeError:
        return 'outer'
