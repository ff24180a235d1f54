# locals() in functions, classes and at module level; vars() with no argument.


def f(a, b=2):
    c = a + b
    snapshot = locals()
    return sorted(snapshot.items())


print(f(1))


def g():
    x = 1
    d = locals()
    x = 2
    d2 = locals()
    return d['x'], d2['x'], d is d2


print(g())


class K:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith('__'))


print(K.names)
print(locals() is globals())


def with_closure():
    v = 'cell'

    def inner():
        return v
    return sorted(locals())


print(with_closure())


def free_var_in_locals():
    v = 'outer'

    def inner():
        w = v
        return sorted(locals().items())
    return inner()


print(free_var_in_locals())


def vars_no_arg():
    z = 9
    return vars()


print(vars_no_arg())
