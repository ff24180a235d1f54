# What a function returns when try/except/else/finally each try to return.


def a():
    try:
        return 'try'
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('a finally')


def b():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('b finally')


def c():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('c finally')


def d():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'loop end'


def e():
    x = []
    try:
        return x
    finally:
        x.append('mutated in finally')


print(a(), b(), c(), d(), e())


def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('iteration', n)


print(counter())
