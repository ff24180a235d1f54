class C:
    return = 3
