def main():
    f = lambda x: x * 3
    return f(2)
