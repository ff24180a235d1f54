def f():
    try:
        try:
            a()
        except A:
            b()
    except B as e:
        try:
            c()
        finally:
            d()
    finally:
        e()
def g():
    while x:
        try:
            continue
        except E:
            break
        finally:
            z()
def h():
    try:
        return 1
    except E as e:
        return 2
