# Tricky scoping: names both free and assigned in nested scopes, del of cell variables, class cell.


def f():
    x = 1

    def g():
        return x
    del x
    try:
        return g()
    except NameError as e:
        return 'NameError: ' + str(e)


print(f())


def h():
    def inner():
        return y
    y = 'assigned after inner is defined'
    return inner()


print(h())


def k():
    results = []
    for i in range(3):
        def show():
            return i
        results.append(show)
    i = 'final'
    return [r() for r in results]


print(k())


def uses_class_cell():
    class A:
        def who(self):
            return __class__.__name__
    return A().who()


print(uses_class_cell())


def lambda_default_scope():
    v = 'outer'
    return (lambda v=v: v)(), (lambda: v)()


print(lambda_default_scope())
