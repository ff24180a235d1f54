class C:
    z = 1

def main():
    c = C()
    return isinstance(c, C), getattr(c, 'z'), hasattr(c, 'q')
