# nonlocal binds to the nearest enclosing function scope, skipping class scopes.


def a():
    x = 'a'

    def b():
        x = 'b'

        def c():
            nonlocal x
            x = 'c changed b'
        c()
        return x
    r = b()
    return x, r


print(a())


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1

    def dec():
        nonlocal n
        n -= 1

    def get():
        return n
    return inc, dec, get


inc, dec, get = counter_pair()
for _ in range(5):
    inc()
dec()
print(get())


def skips_class():
    y = 'function y'

    class K:
        y = 'class y'

        def m(self):
            nonlocal y
            y = 'set from method'
            return y
    K().m()
    return y, K.y


print(skips_class())


def nonlocal_then_del():
    v = 1

    def kill():
        nonlocal v
        del v
    kill()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)


print(nonlocal_then_del())
