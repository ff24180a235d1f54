# globals() and locals() in functions, nested functions, comprehensions, class bodies.
x = 'global x'


def f(a):
    b = 2
    print(sorted(locals().items()))
    print('x' in globals(), 'a' in globals())

    def g():
        c = a
        return sorted(locals())
    print(g())
    print([sorted(locals()) for _ in range(1)])
    return locals()


result = f(1)
print(sorted(result))


class C:
    y = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
    print('C' in globals())


print('C' in globals())
print(globals()['x'], globals().get('nope', 'missing'))
exec('print(sorted(k for k in locals() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))')
print(eval('locals()["x"]'))
