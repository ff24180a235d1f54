def main():
    n = 0
    while n < 2:
        try:
            n += 1
        finally:
            pass
    return n
