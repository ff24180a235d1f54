# UnboundLocalError and NameError messages for locals, free variables and globals.
x = 'global'


def uses_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, '|', e)
    x = 'local'
    return x


uses_before_assign()


def free_before_assign():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, '|', e)
    y = 1
    return inner()


print(free_before_assign())


def deleted_local():
    z = 5
    del z
    try:
        z
    except UnboundLocalError as e:
        print(type(e).__name__, '|', e)


deleted_local()


def missing_global():
    try:
        return not_defined_anywhere
    except NameError as e:
        print(type(e).__name__, '|', e)


missing_global()
print(issubclass(UnboundLocalError, NameError))


def augmented():
    try:
        x += 1
    except UnboundLocalError as e:
        print('augmented:', e)
    x = 0


augmented()
