def deco(f):
    return f

@deco
def decorated(x):
    return x + 1

def main():
    return decorated(1)
