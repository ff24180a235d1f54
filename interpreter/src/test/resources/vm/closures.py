# Closures, nonlocal, cells shared between functions, late binding, class bodies and comprehensions.
def make():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = make()
inc()
inc()
print(get(), inc.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
x = 'global'


class K:
    x = 'class'
    y = [x for _ in range(1)]

    def m(self):
        return x


print(K.y, K().m())


def f():
    print(v)
    v = 1


try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
