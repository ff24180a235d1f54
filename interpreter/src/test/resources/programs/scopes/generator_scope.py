# Generator bodies see enclosing variables at the time of iteration, not creation.


def make():
    x = 'first'
    g = (x + str(i) for i in range(2))
    x = 'second'
    return list(g)


print(make())


def gen_func():
    value = 'initial'

    def gen():
        yield value
        yield value
    g = gen()
    first = next(g)
    value = 'changed'
    return first, next(g)


print(gen_func())
base = 10
g = (base + i for i in range(3))
base = 100
print(list(g))
outer_list = [1, 2]
g2 = (v for v in outer_list)
outer_list = [3, 4]
print(list(g2))
