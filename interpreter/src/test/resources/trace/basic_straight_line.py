def main():
    a = 1
    b = a + 1
    return b
