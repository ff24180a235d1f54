try:
    pass
except E as e:
    del e
def f():
    try:
        g()
    except (A, B) as err:
        return err
    except C:
        pass
