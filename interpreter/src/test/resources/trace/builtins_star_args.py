def main():
    args = (1, 5)
    kw = {'sep': '-'}
    return max(*args), '{}'.format(*args)
