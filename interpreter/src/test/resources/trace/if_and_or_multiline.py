def main():
    a = 1
    b = 0
    if (a and
            not b or
            a > 5):
        return 'yes'
    return 'no'
