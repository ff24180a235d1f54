x = 0
def outer():
    x = 1
    def mid():
        global x
        def inner():
            return x
        return inner
    def other():
        nonlocal x
        x += 1
    return mid, other
