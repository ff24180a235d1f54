def main():
    x = (1 +
         2 +
         3)
    return x
