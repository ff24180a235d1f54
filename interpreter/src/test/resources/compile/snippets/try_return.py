def f():
    try:
        return g()
    finally:
        h()
def g():
    try:
        x = 1
    except E:
        return 2
    else:
        return x
    finally:
        print("done")
def h():
    for i in y:
        try:
            if i:
                continue
            return i
        finally:
            cleanup(i)
def k():
    with a:
        with b:
            return c
