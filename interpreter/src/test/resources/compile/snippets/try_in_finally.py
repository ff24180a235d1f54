def f():
    try:
        a()
    finally:
        try:
            b()
        except E:
            c()
        finally:
            d()
def g():
    while True:
        try:
            return 1
        finally:
            break
def h():
    for i in x:
        try:
            pass
        finally:
            continue
