def main():
    try:
        try:
            raise TypeError('t')
        except TypeError:
            raise ValueError('v')
    except ValueError:
        return 'chained'
