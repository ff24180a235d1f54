def main():
    n = 0
    for i in range(2):
        try:
            continue
        finally:
            n += 1
    return n
