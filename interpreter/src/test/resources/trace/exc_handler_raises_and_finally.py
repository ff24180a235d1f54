def main():
    try:
        try:
            raise KeyError
        except KeyError:
            raise IndexError
        finally:
            z = 1
    except IndexError:
        return z
