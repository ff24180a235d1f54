def main():
    try:
        assert 1 == 2, 'no'
    except AssertionError:
        return 'assert'
