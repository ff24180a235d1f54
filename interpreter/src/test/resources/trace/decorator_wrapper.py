def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper

@deco
def add(a, b):
    return a + b

def main():
    return add(2, 3)
