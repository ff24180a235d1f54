def main():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise LookupError('l') from e
    except LookupError as e:
        return type(e.__cause__).__name__
